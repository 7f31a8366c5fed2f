package org.smartcityplanner.reports.book;

import java.util.Locale;

import org.smartcityplanner.documents.DocumentLanguage;

/**
 * The book's words in its language, looked up by message key (the same keys as the web pages).
 */
public interface BookTexts {

	/** The message {@code key} with its arguments. */
	String get(String key, Object... args);

	DocumentLanguage language();

	/** Whether the book prints Thai numerals (๐-๙); only ever true for a Thai book. */
	default boolean thaiNumerals() {
		return false;
	}

	default Locale locale() {
		return language().locale();
	}
}
