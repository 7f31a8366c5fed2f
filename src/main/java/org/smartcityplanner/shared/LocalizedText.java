package org.smartcityplanner.shared;

import java.util.Locale;

/**
 * A text kept in Thai and English. Thai is the default language of the product.
 *
 * @param th the Thai text, never blank
 * @param en the English text; falls back to Thai where missing
 */
public record LocalizedText(String th, String en) {

	public LocalizedText {
		if (th == null || th.isBlank()) {
			throw new IllegalArgumentException("Thai text is required");
		}
	}

	/** The text in {@code locale}'s language: English for English locales, Thai otherwise. */
	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english && en != null && !en.isBlank() ? en : th;
	}
}
