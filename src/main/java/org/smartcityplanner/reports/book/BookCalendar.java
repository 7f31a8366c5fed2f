package org.smartcityplanner.reports.book;

import java.time.LocalDate;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.shared.FiscalYear;

/**
 * One calendar per language, used for every date and year in the book: the Thai book counts in the Buddhist Era
 * (พ.ศ. 2570), the English book in the Common Era (FY 2027, 20 November 2026). Mixing them, as an English cover
 * with "December 2026" above a B.E. period did, leaves the reader to guess which year is meant.
 */
final class BookCalendar {

	private BookCalendar() {
	}

	/** The fiscal year's number: 2570 in Thai, 2027 in English (the fiscal year 1 Oct 2026 – 30 Sep 2027). */
	static int year(FiscalYear year, DocumentLanguage language) {
		return language == DocumentLanguage.THAI ? year.buddhistYear() : year.buddhistYear() - FiscalYear.BE_OFFSET;
	}

	/** "20 พฤศจิกายน 2569" or "20 November 2026". */
	static String date(LocalDate date, DocumentLanguage language) {
		return ThaiDates.format(date, language, false);
	}
}
