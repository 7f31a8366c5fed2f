package org.smartcityplanner.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.reference.Indicator;
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
	ReferenceUseCases reference;
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

	@Test
	void loadsTheIndicatorLibraryWithAtLeastEightPerDimension() {
		assertThat(reference.indicators()).hasSize(84);
		for (ReferenceItem dimension : reference.items(ReferenceKind.SMART_DIMENSION)) {
			assertThat(reference.indicators(dimension.code())).as(dimension.code()).hasSizeGreaterThanOrEqualTo(8)
				.allSatisfy(indicator -> assertThat(indicator.dimension()).isEqualTo(dimension.code()));
		}
	}

	@Test
	void anIndicatorCarriesEveryColumnOfItsRow() {
		Indicator pm25 = reference.indicator("IND-ENV-01").orElseThrow();
		assertThat(pm25.name().en()).isEqualTo("Fine particulate matter (PM2.5) concentration");
		assertThat(pm25.unit().en()).isEqualTo("µg/m³");
		assertThat(pm25.direction()).isEqualTo(Indicator.Direction.DOWN);
		assertThat(pm25.framework()).isEqualTo("ISO37120");
		assertThat(pm25.ref()).isEqualTo("ISO 37120:2018 8.1");
		assertThat(pm25.definition().th()).startsWith("ค่าเฉลี่ยรายปี");
		assertThat(pm25.confirmed()).isTrue();
		assertThat(reference.indicator("IND-XXX-99")).isEmpty();
	}

	@Test
	void searchMatchesCodeAndNamesIgnoringCaseAndThaiSubstrings() {
		assertThat(reference.searchIndicators("ฝุ่น")).extracting(Indicator::code)
			.contains("IND-ENV-01", "IND-ENV-02", "IND-ENV-11");
		assertThat(reference.searchIndicators("pm2.5")).extracting(Indicator::code).contains("IND-ENV-01");
		assertThat(reference.searchIndicators("ind-env-0")).hasSize(9);
		assertThat(reference.searchIndicators("%")).as("a wildcard typed by the user is literal").isEmpty();
		assertThat(reference.searchIndicators(" ")).hasSize(84);
	}

	@Test
	void loadingTheIndicatorsAgainChangesNothing() {
		assertThat(loader.loadAll()).isZero();
		assertThat(jdbc.sql("select count(*) from ref_indicator").query(Long.class).single()).isEqualTo(84);
	}

	@Test
	void aChangedIndicatorFileIsAppliedInPlace() {
		jdbc.sql("update ref_dataset set checksum = 'stale' where name = 'indicators'").update();
		jdbc.sql("update ref_indicator set name_en = 'tampered' where code = 'IND-ENV-01'").update();
		assertThat(loader.loadAll()).isEqualTo(1);
		assertThat(reference.indicator("IND-ENV-01").orElseThrow().name().en()).startsWith("Fine particulate");
		assertThat(reference.indicators()).hasSize(84);
	}
}
