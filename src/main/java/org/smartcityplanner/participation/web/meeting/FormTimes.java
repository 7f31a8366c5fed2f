package org.smartcityplanner.participation.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.smartcityplanner.participation.domain.meeting.FieldIssue;

/** Dates and times as forms send them ({@code 2026-12-14}, {@code 09:00}), in Thailand's time zone. */
final class FormTimes {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private FormTimes() {
	}

	/** The date, or null (with an issue when something unusable was typed). */
	static LocalDate date(String field, String value, boolean required, List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			if (required) {
				issues.add(FieldIssue.required(field));
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			issues.add(new FieldIssue(field, "badDate", 0));
			return null;
		}
	}

	/** The instant of a date and a time of day, or null (with an issue). */
	static Instant at(LocalDate date, String field, String time, List<FieldIssue> issues) {
		if (time == null || time.isBlank()) {
			issues.add(FieldIssue.required(field));
			return null;
		}
		try {
			LocalTime parsed = LocalTime.parse(time.strip());
			return date == null ? null : date.atTime(parsed).atZone(BANGKOK).toInstant();
		}
		catch (DateTimeParseException e) {
			issues.add(new FieldIssue(field, "badTime", 0));
			return null;
		}
	}

	static String date(Instant at) {
		return at.atZone(BANGKOK).toLocalDate().toString();
	}

	static String time(Instant at) {
		return at.atZone(BANGKOK).toLocalTime().withSecond(0).withNano(0).toString();
	}
}
