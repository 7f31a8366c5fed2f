package org.smartcityplanner.monitoring.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

class ReportingQuarterTests {

	@Test
	void quarterOneOfFiscalYear2570RunsOctoberToDecember2026() {
		ReportingQuarter q1 = new ReportingQuarter(new FiscalYear(2570), 1);
		assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		ReportingQuarter q4 = new ReportingQuarter(new FiscalYear(2570), 4);
		assertThat(q4.start()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2027, 9, 30));
	}

	@Test
	void everyDayFallsInTheQuarterWhoseDatesHoldIt() {
		// checked against the quarters' own start and end, day by day over two fiscal years
		for (LocalDate day = LocalDate.of(2026, 10, 1); day.isBefore(LocalDate.of(2028, 10, 1)); day = day.plusDays(1)) {
			ReportingQuarter quarter = ReportingQuarter.containing(day);
			assertThat(day).as(quarter.code()).isBetween(quarter.start(), quarter.end());
		}
	}

	@Test
	void readsWhatItWritesAndRefusesAnythingElse() {
		assertThat(ReportingQuarter.parse("2570-q2")).isEqualTo(new ReportingQuarter(new FiscalYear(2570), 2));
		assertThat(ReportingQuarter.parse(" 2571-Q4 ").code()).isEqualTo("2571-Q4");
		for (String bad : new String[] { "2570-Q5", "2570Q1", "", "1999-Q1", "=1+1" }) {
			assertThatThrownBy(() -> ReportingQuarter.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
				.hasMessageStartingWith("monitoring.project.period.invalid");
		}
		assertThatThrownBy(() -> ReportingQuarter.parse(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void ordersByYearThenQuarter() {
		assertThat(ReportingQuarter.parse("2570-Q4")).isLessThan(ReportingQuarter.parse("2571-Q1"));
		assertThat(ReportingQuarter.parse("2571-Q1")).isLessThan(ReportingQuarter.parse("2571-Q2"));
	}
}
