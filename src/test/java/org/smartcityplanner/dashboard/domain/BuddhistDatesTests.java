package org.smartcityplanner.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcityplanner.shared.InvalidInputException;

/** Dates typed as day/month/B.E. year. */
class BuddhistDatesTests {

	@Test
	void readsADayMonthBuddhistYearDateAndWritesItBack() {
		assertThat(BuddhistDates.parse(" 15/3/2568 ", "f")).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(BuddhistDates.parse("29/02/2567", "f")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(BuddhistDates.format(LocalDate.of(2025, 3, 15))).isEqualTo("15/3/2568");
		assertThat(BuddhistDates.format(null)).isEmpty();
	}

	@Test
	void blankIsNoDate() {
		assertThat(BuddhistDates.parse("  ", "f")).isNull();
		assertThat(BuddhistDates.parse(null, "f")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "15/3/2025", "31/2/2568", "2568-03-15", "15-3-2568", "x", "0/1/2568" })
	void refusesTextThatIsNotADayMonthBuddhistYearNamingTheField(String typed) {
		assertThatThrownBy(() -> BuddhistDates.parse(typed, "national.certification.certifiedOn"))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("national.date.invalid");
				assertThat(refused.arguments()).containsExactly("national.certification.certifiedOn", typed);
			});
	}
}
