package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineProblem;

class BaselineRulesTests {

	@Test
	void readsThaiDigitsThousandsSeparatorsAndSpacesInValues() {
		assertThat(BaselineRules.parseValue("๑,๒๓๔.๕").value()).isEqualByComparingTo("1234.5");
		assertThat(BaselineRules.parseValue("1,234,567.25").value()).isEqualByComparingTo("1234567.25");
		assertThat(BaselineRules.parseValue("12 500").value()).isEqualByComparingTo("12500");
		assertThat(BaselineRules.parseValue("-3.5").value()).isEqualByComparingTo("-3.5");
		assertThat(BaselineRules.parseValue("28.4000").value()).hasToString("28.4");
		assertThat(BaselineRules.parseValue("1E+2").isValid()).isFalse();
	}

	@Test
	void refusesTextWhereANumberBelongs() {
		assertThat(BaselineRules.parseValue("ประมาณ 30").problem())
			.isEqualTo(BaselineProblem.of("value", "baselines.value.notNumber", "ประมาณ 30"));
		assertThat(BaselineRules.parseValue("12,5").problem().messageKey()).isEqualTo("baselines.value.notNumber");
		assertThat(BaselineRules.parseValue("1.2.3").problem().messageKey()).isEqualTo("baselines.value.notNumber");
		assertThat(BaselineRules.parseValue("").problem().messageKey()).isEqualTo("baselines.value.required");
	}

	@Test
	void refusesMoreDecimalsOrDigitsThanTheColumnHolds() {
		assertThat(BaselineRules.parseValue("0.12345").problem().messageKey()).isEqualTo("baselines.value.decimals");
		assertThat(BaselineRules.parseValue("0.12340").isValid()).isTrue();
		assertThat(BaselineRules.parseValue("12345678901234567").problem().messageKey())
			.isEqualTo("baselines.value.tooLarge");
	}

	@Test
	void readsBuddhistEraYearsAlsoInThaiDigits() {
		assertThat(BaselineRules.parseYear("2567").value()).isEqualTo(2567);
		assertThat(BaselineRules.parseYear("๒๕๖๖").value()).isEqualTo(2566);
	}

	@Test
	void aCommonEraYearGetsTheBuddhistEraYearItProbablyMeans() {
		assertThat(BaselineRules.parseYear("2024").problem())
			.isEqualTo(BaselineProblem.of("year", "baselines.year.commonEra", 2024, 2567));
	}

	@Test
	void refusesYearsOutsideTheRangeAndTextThatIsNoYear() {
		assertThat(BaselineRules.parseYear("2800").problem())
			.isEqualTo(BaselineProblem.of("year", "baselines.year.range", 2500, 2700));
		assertThat(BaselineRules.parseYear("ปีที่แล้ว").problem().messageKey()).isEqualTo("baselines.year.notYear");
		assertThat(BaselineRules.parseYear("2567.5").problem().messageKey()).isEqualTo("baselines.year.notYear");
		assertThat(BaselineRules.parseYear(" ").problem().messageKey()).isEqualTo("baselines.year.required");
	}

	@Test
	void aDraftNeedsAnIndicatorAYearInRangeAndASource() {
		assertThat(BaselineRules.problemsOf(new BaselineDraft(" ", null, 2024, BigDecimal.ONE, "", "x".repeat(1001))))
			.extracting(BaselineProblem::messageKey)
			.containsExactly("baselines.indicator.required", "baselines.year.range", "baselines.source.required",
					"baselines.note.tooLong");
		assertThat(BaselineRules.problemsOf(new BaselineDraft("IND-ENV-01", null, 2566, new BigDecimal("28.4"),
				"กรมควบคุมมลพิษ", null))).isEmpty();
	}
}
