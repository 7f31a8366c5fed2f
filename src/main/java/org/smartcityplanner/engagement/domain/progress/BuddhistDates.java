package org.smartcityplanner.engagement.domain.progress;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates written into notices, which are stored already worded: Thai in the Buddhist Era ("1 ต.ค. 2569"), English in
 * the Common Era ("1 Oct 2026"), as the pages show them.
 */
public final class BuddhistDates {

	private static final String[] THAI_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private BuddhistDates() {
	}

	public static String thai(LocalDate date) {
		int year = ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
		return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + year;
	}

	public static String english(LocalDate date) {
		return ENGLISH.format(date);
	}
}
