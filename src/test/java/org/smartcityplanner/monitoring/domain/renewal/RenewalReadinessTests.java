package org.smartcityplanner.monitoring.domain.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;

class RenewalReadinessTests {

	static final Thresholds SIXTY = new Thresholds(60, 60, true);

	@Test
	void aDimensionReachingBothThresholdsExactlyIsReady() {
		RenewalReadiness readiness = RenewalReadiness.assess(List.of(new DimensionFacts("ENV", 5, 3, 5, 3)), SIXTY);
		assertThat(readiness.dimensions().get(0).verdict()).isEqualTo(Verdict.READY);
		assertThat(readiness.dimensions().get(0).kpiShare()).isEqualByComparingTo("60.0");
		assertThat(readiness.overall()).isEqualTo(Verdict.READY);
	}

	@Test
	void aDimensionJustBelowAThresholdIsNotReady() {
		// 5 of 9 is 55.6 %: below 60 %
		RenewalReadiness readiness = RenewalReadiness.assess(List.of(new DimensionFacts("ENV", 9, 5, 2, 2)), SIXTY);
		assertThat(readiness.dimensions().get(0).verdict()).isEqualTo(Verdict.NOT_READY);
		assertThat(readiness.dimensions().get(0).kpiShare()).isEqualByComparingTo("55.6");
		assertThat(readiness.overall()).isEqualTo(Verdict.NOT_READY);
	}

	@Test
	void aDimensionWithKpisButNoProjectsCannotShowBothAndIsNotReady() {
		RenewalReadiness readiness = RenewalReadiness.assess(List.of(new DimensionFacts("GOV", 2, 2, 0, 0)), SIXTY);
		assertThat(readiness.dimensions().get(0).verdict()).isEqualTo(Verdict.NOT_READY);
		assertThat(readiness.dimensions().get(0).projectShare()).isNull();
	}

	@Test
	void dimensionsWithNothingAreLeftOutOfTheOverallVerdict() {
		RenewalReadiness readiness = RenewalReadiness.assess(
				List.of(new DimensionFacts("ENV", 1, 1, 1, 1), new DimensionFacts("ECO", 0, 0, 0, 0)), SIXTY);
		assertThat(readiness.dimensions().get(1).verdict()).isEqualTo(Verdict.NO_DATA);
		assertThat(readiness.overall()).isEqualTo(Verdict.READY);
		assertThat(RenewalReadiness.assess(List.of(new DimensionFacts("ECO", 0, 0, 0, 0)), SIXTY).overall())
			.isEqualTo(Verdict.NO_DATA);
	}

	@Test
	void verdictAgreesWithTheSharesComputedInDecimals() {
		// an independent computation: the shares as decimals (exact whenever a share is a whole percent) compared
		// with the thresholds, over many random cases
		Random random = new Random(19);
		for (int i = 0; i < 2000; i++) {
			int kpis = 1 + random.nextInt(30);
			int projects = 1 + random.nextInt(30);
			int onTrack = random.nextInt(kpis + 1);
			int onSchedule = random.nextInt(projects + 1);
			Thresholds thresholds = new Thresholds(random.nextInt(101), random.nextInt(101), false);
			DimensionReadiness judged = RenewalReadiness
				.assess(List.of(new DimensionFacts("ENV", kpis, onTrack, projects, onSchedule)), thresholds)
				.dimensions().get(0);
			boolean expected = new BigDecimal(onTrack).divide(new BigDecimal(kpis), 20, java.math.RoundingMode.DOWN)
				.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(thresholds.kpisOnTrackPercent())) >= 0
					&& new BigDecimal(onSchedule).divide(new BigDecimal(projects), 20, java.math.RoundingMode.DOWN)
						.multiply(BigDecimal.valueOf(100))
						.compareTo(BigDecimal.valueOf(thresholds.projectsOnSchedulePercent())) >= 0;
			assertThat(judged.verdict()).as("%d/%d %d/%d %s", onTrack, kpis, onSchedule, projects, thresholds)
				.isEqualTo(expected ? Verdict.READY : Verdict.NOT_READY);
		}
	}

	@Test
	void refusesThresholdsOutsideZeroToHundred() {
		assertThatThrownBy(() -> new Thresholds(101, 60, true)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("monitoring.renewal.threshold.range");
		assertThatThrownBy(() -> new Thresholds(60, -1, true)).isInstanceOf(InvalidInputException.class);
	}
}
