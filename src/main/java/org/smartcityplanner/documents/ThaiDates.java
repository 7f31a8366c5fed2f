package org.smartcityplanner.documents;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as Thai official documents write them: day, Thai month name, Buddhist Era year
 * ("25 พฤศจิกายน 2569"), optionally in Thai numerals. English documents use the Common Era.
 */
public final class ThaiDates {

	/** Difference between the Buddhist Era and the Common Era year. */
	public static final int BE_OFFSET = 543;

	private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
			"มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	private static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
			"ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

	private ThaiDates() {
	}

	/** The Thai name of a month, 1 = มกราคม. */
	public static String monthName(int month) {
		return MONTHS.get(month - 1);
	}

	/** "25 พฤศจิกายน 2569". */
	public static String full(LocalDate date) {
		return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + (date.getYear() + BE_OFFSET);
	}

	/** "25 พ.ย. 2569". */
	public static String abbreviated(LocalDate date) {
		return date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1) + " "
				+ (date.getYear() + BE_OFFSET);
	}

	/** "พฤศจิกายน 2569". */
	public static String monthYear(LocalDate date) {
		return monthName(date.getMonthValue()) + " " + (date.getYear() + BE_OFFSET);
	}

	/**
	 * The date in the document's language: Thai B.E. with Thai month names (and Thai numerals when asked), or
	 * English "25 November 2026".
	 */
	public static String format(LocalDate date, DocumentLanguage language, boolean thaiNumerals) {
		if (language == DocumentLanguage.ENGLISH) {
			return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
					+ date.getYear();
		}
		return ThaiNumerals.apply(full(date), thaiNumerals);
	}
}
