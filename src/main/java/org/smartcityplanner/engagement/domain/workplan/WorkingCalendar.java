package org.smartcityplanner.engagement.domain.workplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days of Thai government offices: Monday to Friday, except the public holidays the admin lists. Due dates
 * of the work plan are counted from the signing date and then moved onto a working day, never past the engagement's
 * last day.
 *
 * @param holidays the listed public holidays
 */
public record WorkingCalendar(Set<LocalDate> holidays) {

	/** Bounds the search for a working day; no real calendar has a year without one. */
	private static final int MAX_SEARCH_DAYS = 366;

	public WorkingCalendar {
		holidays = Set.copyOf(holidays);
	}

	/** Whether offices work that day. */
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The day itself when it is a working day, else the next one (a holiday chain is skipped as a whole). */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		for (int i = 0; i < MAX_SEARCH_DAYS && !isWorkingDay(candidate); i++) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The day itself when it is a working day, else the last working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate candidate = day;
		for (int i = 0; i < MAX_SEARCH_DAYS && !isWorkingDay(candidate); i++) {
			candidate = candidate.minusDays(1);
		}
		return candidate;
	}

	/**
	 * The due date of an item: signing date + offset days, moved to the next working day, and brought back to the
	 * last working day on or before the engagement's end when that would fall after it.
	 *
	 * @param signed the contract's signing date (the engagement's first day)
	 * @param offsetDays days after signing, 0 or more
	 * @param end the engagement's last day
	 */
	public LocalDate dueDate(LocalDate signed, int offsetDays, LocalDate end) {
		if (offsetDays < 0) {
			throw new IllegalArgumentException("offset must not be negative: " + offsetDays);
		}
		LocalDate due = onOrAfter(signed.plusDays(offsetDays));
		return due.isAfter(end) ? onOrBefore(end) : due;
	}

	/** The start of a phase: its offset from signing, on or after a working day, never past the end. */
	public LocalDate startDate(LocalDate signed, int offsetDays, LocalDate end) {
		return dueDate(signed, offsetDays, end);
	}
}
