package org.smartcityplanner.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so the shared PostgreSQL schema stays as it was.
@DatabaseTest
@Transactional
class ProductionSafetyCheckTests {

	@Autowired
	IdentityService identity;
	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheFirstAdminFromTheEnvironmentAndThenRefusesDemoPasswords() {
		jdbc.sql("delete from idn_user").update();
		assertThatThrownBy(() -> check("", "").run(null)).hasMessageContaining("SCP_ADMIN_USERNAME");
		assertThatThrownBy(() -> check("root", "short").run(null)).hasMessageContaining("12 characters");

		assertThatCode(() -> check("root", "a-long-admin-password").run(null)).doesNotThrowAnyException();
		assertThat(identity.countAdmins()).isEqualTo(1);

		identity.createUser(new NewUser("demo.left.over", "Demo", null, "demo-2569", Set.of(Role.TRAINEE), Set.of(), true));
		assertThatThrownBy(() -> check("root", "a-long-admin-password").run(null))
			.hasMessageContaining("demo password");
	}

	private ProductionSafetyCheck check(String username, String password) {
		return new ProductionSafetyCheck(identity, username, password, "Administrator");
	}
}
