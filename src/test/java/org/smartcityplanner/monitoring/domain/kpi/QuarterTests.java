package org.smartcityplanner.monitoring.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.FiscalYear;

class QuarterTests {

	@Test
	void firstQuarterOfFiscalYear2570IsOctoberToDecember2026() {
		Quarter q1 = new Quarter(new FiscalYear(2570), 1);
		assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(q1.reportDue()).isEqualTo(LocalDate.of(2027, 1, 30));
	}

	@Test
	void fourthQuarterEndsWithTheFiscalYear() {
		Quarter q4 = new Quarter(new FiscalYear(2570), 4);
		assertThat(q4.start()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(q4.end()).isEqualTo(new FiscalYear(2570).end());
	}

	@Test
	void everyDayOfAYearFallsInTheQuarterThatCoversIt() {
		// checked against the quarters' own start and end dates, day by day
		FiscalYear year = new FiscalYear(2571);
		for (LocalDate day = year.start(); !day.isAfter(year.end()); day = day.plusDays(1)) {
			Quarter quarter = Quarter.containing(day);
			assertThat(quarter.year()).isEqualTo(year);
			assertThat(day).isBetween(quarter.start(), quarter.end());
		}
	}

	@Test
	void aPlanOfFiveYearsHasTwentyQuartersInOrder() {
		var quarters = Quarter.of(new FiscalYear(2570), new FiscalYear(2574));
		assertThat(quarters).hasSize(20).isSorted();
		assertThat(quarters.get(0)).isEqualTo(new Quarter(new FiscalYear(2570), 1));
		assertThat(quarters.get(19)).isEqualTo(new Quarter(new FiscalYear(2574), 4));
		for (int i = 1; i < quarters.size(); i++) {
			assertThat(quarters.get(i).start()).isEqualTo(quarters.get(i - 1).end().plusDays(1));
		}
	}

	@Test
	void templateLabelNamesYearAndQuarter() {
		assertThat(ImportColumns.periodLabel(new Quarter(new FiscalYear(2570), 3))).isEqualTo("2570-Q3");
	}
}
