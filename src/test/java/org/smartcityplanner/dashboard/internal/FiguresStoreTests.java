package org.smartcityplanner.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.dashboard.ProvinceFigures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model's writes on H2 and PostgreSQL: each is safe to repeat and a late, older event changes nothing.
 * Each test rolls back.
 */
@DatabaseTest
@Transactional
class FiguresStoreTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-49");

	@Autowired
	FiguresStore store;

	@Test
	void repeatedWritesCountOnceAndOlderVersionsOrAdoptionsDoNotOverwriteNewerOnes() {
		store.replace(PROVINCE, new FiguresStore.Seed(PlanStatus.DRAFT, List.of("a", "b"), 5L, "ห้า", null, null,
				Map.of(10L, false)));
		store.addProject(PROVINCE, "b");
		store.addProject(PROVINCE, "c");
		store.removeProject(PROVINCE, "a");
		store.removeProject(PROVINCE, "a");
		store.status(PROVINCE, PlanStatus.SUBMITTED);
		store.versionSaved(PROVINCE, 7, "เจ็ด");
		store.versionSaved(PROVINCE, 6, "หก");
		Instant adopted = Instant.parse("2026-12-01T03:00:00Z");
		store.adopted(PROVINCE, 2, 4, adopted);
		store.adopted(PROVINCE, 1, 9, adopted.minusSeconds(60));
		store.traineeRegistered(PROVINCE, 10);
		store.certified(PROVINCE, 11);
		store.traineeRegistered(PROVINCE, 11);
		store.certified(PROVINCE, 11);

		assertThat(store.find(PROVINCE)).hasValue(new ProvinceFigures(PlanStatus.SUBMITTED, 2, "เจ็ด", 4, adopted, 2, 1));
		assertThat(store.knowsPlanOf(PROVINCE)).isTrue();
		assertThat(store.all()).containsKey(PROVINCE);
	}

	@Test
	void aFillKeepsAnAdoptionAnEventAlreadyRecorded() {
		Instant adopted = Instant.parse("2026-11-30T10:15:30Z");
		store.adopted(PROVINCE, 3, 4, adopted);
		store.replace(PROVINCE, new FiguresStore.Seed(null, List.of(), null, null, 1L, 1, Map.of(12L, true)));

		assertThat(store.find(PROVINCE)).hasValue(new ProvinceFigures(null, 0, null, 4, adopted, 1, 1));
		assertThat(store.knowsPlanOf(PROVINCE)).isFalse();
	}
}
