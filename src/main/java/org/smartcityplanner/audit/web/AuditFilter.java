package org.smartcityplanner.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.smartcityplanner.audit.AuditQuery;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * The audit log's filter as typed into the page or the API: dates as ISO days (what a date input sends), a page
 * number from 1. Bad values are refused naming the field, never ignored: a silently dropped date filter would
 * show entries the reader believes were filtered out.
 */
record AuditFilter(String type, String user, String province, String from, String to, String page) {

	AuditQuery query() {
		LocalDate first = day(from, "admin.audit.invalid.from");
		LocalDate last = day(to, "admin.audit.invalid.to");
		if (first != null && last != null && last.isBefore(first)) {
			throw new InvalidInputException("admin.audit.invalid.range");
		}
		return new AuditQuery(type, user, province, first, last);
	}

	int pageNumber() {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// refused below, like a page below 1
		}
		throw new InvalidInputException("admin.audit.invalid.page");
	}

	private static LocalDate day(String value, String messageKey) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(messageKey);
		}
	}
}
