package org.smartcityplanner.engagement.domain.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class BuddhistEraDatesTests {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Test
	void thaiDatesAreInTheBuddhistEraWithThaiMonths() {
		assertThat(BuddhistEraDates.format(LocalDate.of(2026, 10, 1), THAI)).isEqualTo("1 ต.ค. 2569");
		assertThat(BuddhistEraDates.format(LocalDate.of(2027, 3, 29), THAI)).isEqualTo("29 มี.ค. 2570");
	}

	@Test
	void theBuddhistYearTurnsOnTheFirstOfJanuary() {
		assertThat(BuddhistEraDates.year(LocalDate.of(2026, 12, 31))).isEqualTo(2569);
		assertThat(BuddhistEraDates.year(LocalDate.of(2027, 1, 1))).isEqualTo(2570);
	}

	@Test
	void englishDatesStayInTheCommonEra() {
		assertThat(BuddhistEraDates.format(LocalDate.of(2026, 10, 1), Locale.ENGLISH)).isEqualTo("1 Oct 2026");
		assertThat(BuddhistEraDates.monthYear(LocalDate.of(2027, 1, 1), Locale.ENGLISH)).isEqualTo("Jan 2027");
	}

	@Test
	void theChartAxisShowsThaiMonthAndBuddhistYear() {
		assertThat(BuddhistEraDates.monthYear(LocalDate.of(2027, 1, 1), THAI)).isEqualTo("ม.ค. 2570");
	}
}
