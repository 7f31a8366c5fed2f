package org.smartcityplanner.participation.web.idea;

import java.util.Locale;

/**
 * The language a paper idea's slip is printed in: {@code th} or {@code en} as chosen, the page's when none was
 * chosen; anything else is refused ({@link #isKnown}), never quietly replaced.
 */
final class PaperSlipLanguage {

	private PaperSlipLanguage() {
	}

	static boolean isKnown(String chosen) {
		return chosen == null || chosen.isEmpty() || "th".equals(chosen) || "en".equals(chosen);
	}

	static Locale of(String chosen, Locale page) {
		if ("en".equals(chosen)) {
			return Locale.ENGLISH;
		}
		if ("th".equals(chosen)) {
			return Locale.forLanguageTag("th");
		}
		return Locale.ENGLISH.getLanguage().equals(page.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("th");
	}
}
