package org.smartcityplanner.dashboard.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Dates typed and shown as day/month/B.E. year ("15/3/2568"), the way Thai staff write them: the register's dates
 * come from certificates and letters dated in the Buddhist Era.
 */
public final class BuddhistDates {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
	/** Years a typed B.E. date may have: the programme started in 2561; a C.E. year typed by mistake is refused. */
	private static final int FIRST_YEAR = 2500;
	private static final int LAST_YEAR = 2700;

	private BuddhistDates() {
	}

	/**
	 * Reads a date typed as day/month/B.E. year.
	 *
	 * @param field the form field's message key, named in the refusal
	 * @return the date, or {@code null} for blank text
	 * @throws InvalidInputException {@code national.date.invalid} naming the field and the text
	 */
	public static LocalDate parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher parts = DAY_MONTH_YEAR.matcher(text.strip());
		if (!parts.matches()) {
			throw new InvalidInputException("national.date.invalid", field, text.strip());
		}
		int year = Integer.parseInt(parts.group(3));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("national.date.invalid", field, text.strip());
		}
		try {
			return LocalDate.of(year - FiscalYear.BE_OFFSET, Integer.parseInt(parts.group(2)),
					Integer.parseInt(parts.group(1)));
		}
		catch (DateTimeException noSuchDay) {
			throw new InvalidInputException("national.date.invalid", field, text.strip());
		}
	}

	/** The date as day/month/B.E. year, empty for {@code null}. */
	public static String format(LocalDate date) {
		if (date == null) {
			return "";
		}
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + (date.getYear() + FiscalYear.BE_OFFSET);
	}
}
