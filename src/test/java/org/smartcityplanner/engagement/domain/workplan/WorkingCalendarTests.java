package org.smartcityplanner.engagement.domain.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);
	static final LocalDate END = SIGNED.plusDays(179);
	static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(Set.of());

	@Test
	void aDueDateOnAWorkingDayStaysWhereTheOffsetPutsIt() {
		// 1 Oct 2026 is a Thursday; +5 days is Tuesday 6 Oct
		assertThat(NO_HOLIDAYS.dueDate(SIGNED, 5, END)).isEqualTo(LocalDate.of(2026, 10, 6));
	}

	@Test
	void aDueDateOnASaturdayOrSundayMovesToMonday() {
		assertThat(LocalDate.of(2026, 10, 31).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(NO_HOLIDAYS.dueDate(SIGNED, 30, END)).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(NO_HOLIDAYS.dueDate(SIGNED, 31, END)).isEqualTo(LocalDate.of(2026, 11, 2));
	}

	@Test
	void aHolidayChainIsSkippedAsAWhole() {
		// Songkran 13-15 Apr 2027 (Tue-Thu) plus a substitution day on Friday 16: due on the 13th lands on Monday 19
		WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2027, 4, 13), LocalDate.of(2027, 4, 14),
				LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 16)));
		LocalDate signed = LocalDate.of(2027, 4, 1);
		assertThat(calendar.dueDate(signed, 12, signed.plusDays(179))).isEqualTo(LocalDate.of(2027, 4, 19));
	}

	@Test
	void theYearEndHolidaysAndAWeekendChainIntoTheNewYear() {
		// 31 Dec 2027 (Fri) and 1 Jan 2028 (Sat) are holidays, 2 Jan is a Sunday: the next working day is Monday 3 Jan
		WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1)));
		LocalDate signed = LocalDate.of(2027, 12, 1);
		assertThat(calendar.dueDate(signed, 30, signed.plusDays(179))).isEqualTo(LocalDate.of(2028, 1, 3));
	}

	@Test
	void aDueDateNeverFallsAfterTheEngagementEndsButOnItsLastWorkingDay() {
		// END, Monday 29 Mar 2027, is a working day; when it is a holiday the plan ends on Friday 26 Mar
		assertThat(END).isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(END.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(NO_HOLIDAYS.dueDate(SIGNED, 180, END)).isEqualTo(END);
		WorkingCalendar endIsHoliday = new WorkingCalendar(Set.of(END));
		assertThat(endIsHoliday.dueDate(SIGNED, 180, END)).isEqualTo(LocalDate.of(2027, 3, 26));
	}

	@Test
	void everyDueDateIsAWorkingDayInsideTheEngagementCheckedAgainstADayByDayWalk() {
		WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 23),
				LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 31),
				LocalDate.of(2027, 1, 1)));
		for (int offset = 0; offset <= 185; offset++) {
			LocalDate due = calendar.dueDate(SIGNED, offset, END);
			assertThat(due).isEqualTo(walk(calendar, SIGNED.plusDays(offset), END));
		}
	}

	@Test
	void refusesANegativeOffset() {
		assertThatThrownBy(() -> NO_HOLIDAYS.dueDate(SIGNED, -1, END)).isInstanceOf(IllegalArgumentException.class);
	}

	/** An independent reference: step forward one day at a time, and back from the end when past it. */
	private static LocalDate walk(WorkingCalendar calendar, LocalDate from, LocalDate end) {
		LocalDate day = from;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
				|| calendar.holidays().contains(day)) {
			day = day.plusDays(1);
		}
		if (!day.isAfter(end)) {
			return day;
		}
		day = end;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
				|| calendar.holidays().contains(day)) {
			day = day.minusDays(1);
		}
		return day;
	}
}
