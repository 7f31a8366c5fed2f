package org.smartcityplanner.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.ThaiDates;

/**
 * Dates written the way publications write them, so contributors print the same dates as the rest of the book:
 * Thai day, month name and Buddhist Era year ("25 พฤศจิกายน 2569"), or English "25 November 2026".
 */
public final class PublicationDates {

	private PublicationDates() {
	}

	/** "25 พฤศจิกายน 2569". */
	public static String full(LocalDate date) {
		return ThaiDates.full(date);
	}

	/** "25 พ.ย. 2569". */
	public static String abbreviated(LocalDate date) {
		return ThaiDates.abbreviated(date);
	}

	/** The short date in the language: "25 พ.ย. 2569" or "25 Nov 2026". */
	public static String abbreviated(LocalDate date, Locale language) {
		return DocumentLanguage.of(language) == DocumentLanguage.ENGLISH
				? date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) : ThaiDates.abbreviated(date);
	}

	/** The full date in the language: Thai B.E. or English C.E. */
	public static String in(LocalDate date, Locale language) {
		return ThaiDates.format(date, DocumentLanguage.of(language), false);
	}
}
