package org.smartcityplanner.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineImportPreview;
import org.smartcityplanner.profile.BaselineImportRow.Status;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines and their import previews on the database: the unique key over province or area, decimals, the
 * preview's JSON round trip and the one-time confirmation. Rolled back after each test.
 */
@DatabaseTest
@Transactional
class BaselineStoreTests {

	static final ProvinceCode RATCHABURI = new ProvinceCode("TH-70");

	@Autowired
	ProfileUseCases profile;
	@Autowired
	BaselineRepository repository;
	@Autowired
	JdbcClient jdbc;

	@Test
	void oneBaselinePerIndicatorAreaAndYearEvenForTheWholeProvince() {
		long area = profile.addArea(RATCHABURI, new LocalizedText("อ่าวนาง", "Ao Nang"), AreaType.TOURISM, null, null).id();
		IndicatorBaseline province = profile.addBaseline(RATCHABURI, draft(null, 2566, "28.4000"));
		IndicatorBaseline areaOnly = profile.addBaseline(RATCHABURI, draft(area, 2566, "12345678901234.1234"));

		assertThat(province.value()).hasToString("28.4");
		assertThat(areaOnly.value()).isEqualByComparingTo("12345678901234.1234");
		assertThatThrownBy(() -> profile.addBaseline(RATCHABURI, draft(null, 2566, "30")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("baselines.duplicate"));

		BaselineRecord twin = new BaselineRecord();
		twin.provinceCode = RATCHABURI.value();
		twin.area(null);
		twin.indicatorCode = "IND-ENV-01";
		twin.yearBe = 2566;
		twin.baselineValue = BigDecimal.ONE;
		twin.source = "x";
		assertThatThrownBy(() -> repository.save(twin)).satisfies(e -> assertThat(Conflicts.isDuplicateKey(e)).isTrue());
	}

	@Test
	void theLatestBaselineIsThatOfTheNewestYearOfTheSameSubject() {
		long area = profile.addArea(RATCHABURI, new LocalizedText("คลองท่อม", null), AreaType.AGRICULTURAL, null, null).id();
		profile.addBaseline(RATCHABURI, draft(null, 2564, "31"));
		profile.addBaseline(RATCHABURI, draft(null, 2566, "28.4"));
		profile.addBaseline(RATCHABURI, draft(null, 2565, "29"));
		profile.addBaseline(RATCHABURI, draft(area, 2567, "20"));

		assertThat(profile.latestBaseline(RATCHABURI, null, "ind-env-01")).get()
			.satisfies(b -> assertThat(b.year()).isEqualTo(2566));
		assertThat(profile.latestBaseline(RATCHABURI, area, "IND-ENV-01")).get()
			.satisfies(b -> assertThat(b.year()).isEqualTo(2567));
		assertThat(profile.latestBaseline(RATCHABURI, null, "IND-ENV-02")).isEmpty();
		assertThat(profile.baselinesOf(RATCHABURI)).extracting(IndicatorBaseline::year)
			.containsExactly(2566, 2565, 2564, 2567);
	}

	@Test
	void aChangeFromAStaleVersionFails() {
		IndicatorBaseline saved = profile.addBaseline(RATCHABURI, draft(null, 2566, "28.4"));
		profile.updateBaseline(RATCHABURI, saved.id(), saved.version(), draft(null, 2566, "27.9"));

		assertThatThrownBy(() -> profile.updateBaseline(RATCHABURI, saved.id(), saved.version(), draft(null, 2566, "26")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(profile.baseline(RATCHABURI, saved.id())).get()
			.satisfies(b -> assertThat(b.value()).isEqualByComparingTo("27.9"));
	}

	@Test
	void aPreviewComesBackWholeAndIsSavedOnlyOnce() {
		profile.addBaseline(RATCHABURI, draft(null, 2565, "30.1"));
		String csv = """
				indicator_code,area,year,value,source
				IND-ENV-01,,2565,29.5,กรมควบคุมมลพิษ
				IND-ENV-01,,2566,๒๘.๔,กรมควบคุมมลพิษ
				IND-ENV-01,,2024,28,กรมควบคุมมลพิษ
				""";
		BaselineImportPreview preview = profile.previewBaselineImport(RATCHABURI, "C:\\Users\\a\\ค่าฐาน.csv",
				csv.getBytes(StandardCharsets.UTF_8));

		BaselineImportPreview loaded = profile.baselineImport(RATCHABURI, preview.id()).orElseThrow();
		assertThat(loaded.fileName()).isEqualTo("ค่าฐาน.csv");
		assertThat(loaded.rows()).isEqualTo(preview.rows());
		assertThat(loaded.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATE, Status.OK, Status.ERROR);
		assertThat(profile.baselineImport(new ProvinceCode("TH-71"), preview.id())).isEmpty();
		assertThat(profile.baselinesOf(RATCHABURI)).hasSize(1);
		assertThatThrownBy(() -> profile.confirmBaselineImport(RATCHABURI, preview.id(), false))
			.hasFieldOrPropertyWithValue("messageKey", "baselines.import.hasErrors");

		var first = profile.confirmBaselineImport(RATCHABURI, preview.id(), true);
		var second = profile.confirmBaselineImport(RATCHABURI, preview.id(), true);

		assertThat(first.inserted()).isEqualTo(1);
		assertThat(first.updated()).isEqualTo(1);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(first.alreadyConfirmed()).isFalse();
		assertThat(second.alreadyConfirmed()).isTrue();
		assertThat(second.inserted()).isEqualTo(1);
		assertThat(profile.baselinesOf(RATCHABURI)).extracting(IndicatorBaseline::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("28.4"), new BigDecimal("29.5"));
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'indicator-baseline-import'"
				+ " and entity_id = ?").param(preview.id()).query(Long.class).single()).isEqualTo(1);
	}

	private static BaselineDraft draft(Long areaId, int year, String value) {
		return new BaselineDraft("IND-ENV-01", areaId, year, new BigDecimal(value), "กรมควบคุมมลพิษ", null);
	}
}
