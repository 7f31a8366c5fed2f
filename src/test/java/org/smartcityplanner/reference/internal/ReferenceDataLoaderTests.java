package org.smartcityplanner.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ReferenceDataLoaderTests {

	@Autowired
	ReferenceDataLoader loader;
	@Autowired
	ReferenceApi reference;
	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsEveryListWithItsExpectedSize() {
		assertThat(reference.provinces()).hasSize(77);
		Map<ReferenceKind, Integer> expected = Map.of(ReferenceKind.SMART_DIMENSION, 7,
				ReferenceKind.NATIONAL_STRATEGY, 6, ReferenceKind.NATIONAL_MASTER_PLAN, 23,
				ReferenceKind.NESDP_MILESTONE, 13, ReferenceKind.SDG, 17, ReferenceKind.COMMITTEE_CRITERION, 5,
				ReferenceKind.BUDGET_SOURCE, 8, ReferenceKind.BUDGET_CATEGORY, 5);
		expected.forEach((kind, size) -> assertThat(reference.items(kind)).as(kind.name()).hasSize(size));
	}

	@Test
	void provincesCarryThaiAndEnglishNamesAndRegion() {
		var bangkok = reference.province(new ProvinceCode("TH-10")).orElseThrow();
		assertThat(bangkok.name().th()).isEqualTo("กรุงเทพมหานคร");
		assertThat(bangkok.name().en()).isEqualTo("Bangkok");
		assertThat(bangkok.region().en()).isNotBlank();
	}

	@Test
	void dimensionsComeInTheirOfficialOrder() {
		assertThat(reference.items(ReferenceKind.SMART_DIMENSION)).extracting(ReferenceItem::code)
			.containsExactly("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");
	}

	@Test
	void unconfirmedFactsAreMarkedWithAReason() {
		assertThat(reference.items(ReferenceKind.BUDGET_SOURCE)).allSatisfy(source -> {
			assertThat(source.confirmed()).isFalse();
			assertThat(source.note()).isNotBlank();
		});
	}

	@Test
	void loadingAgainChangesNothing() {
		long rows = jdbc.sql("select count(*) from ref_item").query(Long.class).single();
		assertThat(loader.loadAll()).isZero();
		assertThat(jdbc.sql("select count(*) from ref_item").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void aChangedFileIsAppliedInPlace() {
		jdbc.sql("update ref_dataset set checksum = 'stale' where name = 'sdgs'").update();
		jdbc.sql("update ref_item set name_en = 'tampered' where kind = 'SDG' and code = 'SDG01'").update();
		assertThat(loader.loadAll()).isEqualTo(1);
		assertThat(reference.item(ReferenceKind.SDG, "SDG01").orElseThrow().name().en()).isEqualTo("No poverty");
		assertThat(reference.items(ReferenceKind.SDG)).hasSize(17);
	}
}
