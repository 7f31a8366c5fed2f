package org.smartcityplanner.engagement.internal.pool;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A period a consultant is away (leave) or busy elsewhere (another commitment), both ends included.
 */
@Table("eng_consultant_absence")
record Absence(@Id Long id, long userId, LocalDate fromDate, LocalDate toDate, String kind, String note) {

	/** Days of this absence inside {@code from}–{@code to}. */
	long daysWithin(LocalDate from, LocalDate to) {
		LocalDate start = fromDate.isAfter(from) ? fromDate : from;
		LocalDate end = toDate.isBefore(to) ? toDate : to;
		return end.isBefore(start) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
	}
}
