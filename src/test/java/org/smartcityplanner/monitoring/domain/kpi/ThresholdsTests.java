package org.smartcityplanner.monitoring.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

class ThresholdsTests {

	private final Thresholds defaults = Thresholds.DEFAULT;

	@Test
	void higherIsBetterCountsTheShareOfTheTargetReached() {
		assertThat(defaults.statusOf(dec("95"), dec("100"), Direction.HIGHER_IS_BETTER)).isEqualTo(KpiStatus.ON_TRACK);
		assertThat(defaults.statusOf(dec("94.99"), dec("100"), Direction.HIGHER_IS_BETTER))
			.isEqualTo(KpiStatus.AT_RISK);
		assertThat(defaults.statusOf(dec("80"), dec("100"), Direction.HIGHER_IS_BETTER)).isEqualTo(KpiStatus.AT_RISK);
		assertThat(defaults.statusOf(dec("79.9"), dec("100"), Direction.HIGHER_IS_BETTER))
			.isEqualTo(KpiStatus.OFF_TRACK);
		assertThat(defaults.statusOf(dec("130"), dec("100"), Direction.HIGHER_IS_BETTER))
			.isEqualTo(KpiStatus.ON_TRACK);
	}

	@Test
	void lowerIsBetterCountsTargetOverActual() {
		// PM2.5 target 30: 31 reaches 96.8 %, 37 reaches 81 %, 40 reaches 75 %
		assertThat(defaults.statusOf(dec("31"), dec("30"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.ON_TRACK);
		assertThat(defaults.statusOf(dec("37"), dec("30"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.AT_RISK);
		assertThat(defaults.statusOf(dec("40"), dec("30"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.OFF_TRACK);
		assertThat(defaults.statusOf(dec("20"), dec("30"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.ON_TRACK);
	}

	@Test
	void zeroTargetsAndZeroActualsNeedNoDivision() {
		assertThat(defaults.statusOf(dec("0"), dec("0"), Direction.HIGHER_IS_BETTER)).isEqualTo(KpiStatus.ON_TRACK);
		assertThat(defaults.statusOf(dec("0"), dec("5"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.ON_TRACK);
		assertThat(defaults.statusOf(dec("3"), dec("0"), Direction.LOWER_IS_BETTER)).isEqualTo(KpiStatus.OFF_TRACK);
	}

	@Test
	void statusAgreesWithABruteForceWalkOverSmallValues() {
		// independent check: compare with exact integer arithmetic, no division at all
		Thresholds plan = new Thresholds(90, 70);
		for (int target = 1; target <= 40; target++) {
			for (int actual = 0; actual <= 60; actual++) {
				KpiStatus higher = plan.statusOf(dec(actual), dec(target), Direction.HIGHER_IS_BETTER);
				assertThat(higher).isEqualTo(expected(100 * actual, 90 * target, 70 * target));
				if (actual > 0) {
					KpiStatus lower = plan.statusOf(dec(actual), dec(target), Direction.LOWER_IS_BETTER);
					assertThat(lower).isEqualTo(expected(100 * target, 90 * actual, 70 * actual));
				}
			}
		}
	}

	@Test
	void aNoteIsNeededOnlyWhenTheValueIsNotOnTrack() {
		assertThat(defaults.needsNote(dec("96"), dec("100"), Direction.HIGHER_IS_BETTER)).isFalse();
		assertThat(defaults.needsNote(dec("90"), dec("100"), Direction.HIGHER_IS_BETTER)).isTrue();
		assertThat(defaults.needsNote(dec("90"), null, Direction.HIGHER_IS_BETTER)).isFalse();
	}

	@Test
	void refusesThresholdsOutOfOrder() {
		assertThatThrownBy(() -> new Thresholds(80, 90)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Thresholds(101, 80)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Thresholds(90, -1)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void directionIsReadFromTargetsFallingFromTheBaseline() {
		Map<FiscalYear, BigDecimal> falling = Map.of(new FiscalYear(2570), dec("35"), new FiscalYear(2574), dec("28"));
		assertThat(Direction.of(dec("38.5"), falling)).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(Direction.of(null, falling)).isEqualTo(Direction.LOWER_IS_BETTER);
		Map<FiscalYear, BigDecimal> rising = Map.of(new FiscalYear(2570), dec("40"), new FiscalYear(2574), dec("80"));
		assertThat(Direction.of(dec("30"), rising)).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(Direction.of(dec("50"), Map.of(new FiscalYear(2570), dec("50"))))
			.as("keeping the level").isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(Direction.of(null, Map.of())).isEqualTo(Direction.HIGHER_IS_BETTER);
	}

	private static KpiStatus expected(int reachedTimes100, int onTrackTimesTarget, int atRiskTimesTarget) {
		if (reachedTimes100 >= onTrackTimesTarget) {
			return KpiStatus.ON_TRACK;
		}
		return reachedTimes100 >= atRiskTimesTarget ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	private static BigDecimal dec(int value) {
		return BigDecimal.valueOf(value);
	}
}
