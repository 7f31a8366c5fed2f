package org.smartcityplanner.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcityplanner.plan.PlanStatus;

/** Stage derivation: the province's progress, an area's certification on top of it, the province's furthest stage. */
class StageRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@ParameterizedTest(name = "engaged={0}, plan={1} -> {2}")
	@CsvSource(nullValues = "none", value = { "false, none, NO_ENGAGEMENT", "true, none, ENGAGED",
			"false, DRAFT, DRAFT_PLAN", "true, DRAFT, DRAFT_PLAN", "true, IN_REVIEW, DRAFT_PLAN",
			"true, SUBMITTED, SUBMITTED", "false, APPROVED, SUBMITTED" })
	void aProvincesProgressComesFromItsEngagementAndItsPlan(boolean engaged, PlanStatus plan, Stage expected) {
		assertThat(StageRule.progress(engaged, plan)).isEqualTo(expected);
	}

	@Test
	void anAreaInTheRegisterIsCertifiedWhateverItsProvincesProgress() {
		assertThat(StageRule.area(Stage.NO_ENGAGEMENT, TODAY.minusYears(1), null, TODAY)).isEqualTo(Stage.CERTIFIED);
		assertThat(StageRule.area(Stage.SUBMITTED, TODAY, null, TODAY)).isEqualTo(Stage.CERTIFIED);
	}

	@Test
	void aRenewalMakesTheAreaRenewed() {
		assertThat(StageRule.area(Stage.DRAFT_PLAN, TODAY.minusYears(3), TODAY.minusDays(1), TODAY))
			.isEqualTo(Stage.RENEWED);
	}

	@Test
	void datesInTheFutureDoNotCountYet() {
		assertThat(StageRule.area(Stage.SUBMITTED, TODAY.plusDays(1), null, TODAY)).isEqualTo(Stage.SUBMITTED);
		assertThat(StageRule.area(Stage.SUBMITTED, TODAY.minusYears(1), TODAY.plusDays(1), TODAY))
			.isEqualTo(Stage.CERTIFIED);
	}

	@Test
	void anAreaOutsideTheRegisterStandsWhereItsProvinceStands() {
		assertThat(StageRule.area(Stage.ENGAGED, null, null, TODAY)).isEqualTo(Stage.ENGAGED);
	}

	@Test
	void aProvinceStandsAtTheFurthestOfItsProgressAndItsAreas() {
		assertThat(StageRule.province(Stage.DRAFT_PLAN, List.of(Stage.DRAFT_PLAN, Stage.RENEWED, Stage.CERTIFIED)))
			.isEqualTo(Stage.RENEWED);
		assertThat(StageRule.province(Stage.SUBMITTED, List.of())).isEqualTo(Stage.SUBMITTED);
		assertThat(StageRule.province(Stage.ENGAGED, List.of(Stage.ENGAGED))).isEqualTo(Stage.ENGAGED);
	}

	@Test
	void anEngagementIsOpenUntilTheLastDayOfItsWorkPeriod() {
		assertThat(StageRule.open(TODAY, TODAY)).isTrue();
		assertThat(StageRule.open(TODAY.plusDays(90), TODAY)).isTrue();
		assertThat(StageRule.open(TODAY.minusDays(1), TODAY)).isFalse();
	}

	@Test
	void stagesAreOrderedFromNoEngagementToRenewed() {
		assertThat(Stage.values()).containsExactly(Stage.NO_ENGAGEMENT, Stage.ENGAGED, Stage.DRAFT_PLAN,
				Stage.SUBMITTED, Stage.CERTIFIED, Stage.RENEWED);
		assertThat(Stage.ENGAGED.max(Stage.SUBMITTED)).isEqualTo(Stage.SUBMITTED);
		assertThat(Stage.RENEWED.max(Stage.ENGAGED)).isEqualTo(Stage.RENEWED);
		assertThat(Stage.CERTIFIED.certified()).isTrue();
		assertThat(Stage.SUBMITTED.certified()).isFalse();
	}
}
