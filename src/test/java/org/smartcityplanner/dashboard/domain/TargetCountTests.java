package org.smartcityplanner.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/** Certified areas counted against each target by the end of its fiscal year (30 September). */
class TargetCountTests {

	private static final ProvinceCode A = new ProvinceCode("TH-20");
	private static final ProvinceCode B = new ProvinceCode("TH-21");

	private static ProgrammeTarget target(int year, int areas, Integer provinces) {
		return new ProgrammeTarget(new FiscalYear(year), areas, provinces, "source", false, 0);
	}

	@Test
	void anAreaCertifiedOnTheLastDayOfTheFiscalYearCountsForThatYearAndOneDayLaterForTheNext() {
		// fiscal year 2562 ends on 30 September 2019
		List<TargetCount.Certified> certified = List.of(new TargetCount.Certified(A, LocalDate.of(2019, 9, 30)),
				new TargetCount.Certified(B, LocalDate.of(2019, 10, 1)));

		List<TargetCount.Progress> progress = TargetCount.against(List.of(target(2562, 2, null), target(2563, 2, 2)),
				certified);

		assertThat(progress).extracting(TargetCount.Progress::areas).containsExactly(1, 2);
		assertThat(progress).extracting(TargetCount.Progress::provinces).containsExactly(1, 2);
		assertThat(progress).extracting(TargetCount.Progress::met).containsExactly(false, true);
	}

	@Test
	void aProvinceWithTwoCertifiedAreasCountsOnceAndAMissingProvinceCountMeansTheTargetIsNotMet() {
		List<TargetCount.Certified> certified = List.of(new TargetCount.Certified(A, LocalDate.of(2020, 1, 5)),
				new TargetCount.Certified(A, LocalDate.of(2020, 2, 5)));

		TargetCount.Progress progress = TargetCount.against(List.of(target(2563, 2, 2)), certified).get(0);

		assertThat(progress.areas()).isEqualTo(2);
		assertThat(progress.provinces()).isEqualTo(1);
		assertThat(progress.met()).isFalse();
	}

	@Test
	void noCertificationMeetsNoTarget() {
		assertThat(TargetCount.against(List.of(target(2565, 100, 77)), List.of()))
			.containsExactly(new TargetCount.Progress(target(2565, 100, 77), 0, 0, false));
	}
}
