package org.smartcityplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every migration applies on this run's database (H2, then PostgreSQL) and none is pending or failed.
 */
@DatabaseTest
class MigrationTests {

	@Autowired
	Flyway flyway;

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] all = flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}
}
