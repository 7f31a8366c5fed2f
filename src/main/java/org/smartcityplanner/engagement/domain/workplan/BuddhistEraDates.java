package org.smartcityplanner.engagement.domain.workplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as Thai readers expect them: the Buddhist Era (C.E. + 543) with Thai month names, e.g. "1 ต.ค. 2569";
 * English readers get the Common Era ("1 Oct 2026"). Used where no web page formats the date (API texts, notices).
 */
public final class BuddhistEraDates {

	/** Years between the Common Era and the Buddhist Era as used in Thailand. */
	public static final int OFFSET = 543;

	private static final String[] THAI_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private BuddhistEraDates() {
	}

	/** The Buddhist-Era year of a date, e.g. 2569 for any day of 2026. */
	public static int year(LocalDate date) {
		return date.getYear() + OFFSET;
	}

	/** "1 ต.ค. 2569" in Thai, "1 Oct 2026" otherwise. */
	public static String format(LocalDate date, Locale locale) {
		if (!"th".equals(locale.getLanguage())) {
			return ENGLISH.format(date);
		}
		return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + year(date);
	}

	/** Month and year for a chart's axis: "ต.ค. 2569" in Thai, "Oct 2026" otherwise. */
	public static String monthYear(LocalDate date, Locale locale) {
		if (!"th".equals(locale.getLanguage())) {
			return DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(date);
		}
		return THAI_MONTHS[date.getMonthValue() - 1] + " " + year(date);
	}
}
