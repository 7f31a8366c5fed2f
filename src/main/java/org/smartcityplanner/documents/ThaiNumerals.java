package org.smartcityplanner.documents;

/**
 * Thai numerals (๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙), as formal Thai documents print them. Digits inside a word written with
 * Latin letters keep their Western form: a web address, an e-mail, a verification code ("K7Q2-M9XP"), a
 * reference code ("SDG11", "TH-65") or a measure's name ("PM2.5") must still be typed or searched as printed.
 */
public final class ThaiNumerals {

	private static final char THAI_ZERO = '\u0E50';

	private ThaiNumerals() {
	}

	/**
	 * {@code text} with every digit 0-9 replaced by its Thai numeral, except in words (runs without white space)
	 * that hold a Latin letter; everything else unchanged.
	 */
	public static String toThai(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		int start = 0;
		while (start < text.length()) {
			int end = start;
			boolean space = Character.isWhitespace(text.charAt(start));
			while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
				end++;
			}
			String word = text.substring(start, end);
			out.append(space || hasLatinLetter(word) ? word : digitsToThai(word));
			start = end;
		}
		return out.toString();
	}

	private static boolean hasLatinLetter(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
				return true;
			}
		}
		return false;
	}

	private static String digitsToThai(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
		}
		return out.toString();
	}

	/** {@code text} with every Thai numeral replaced by its digit 0-9. */
	public static String toArabic(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
		}
		return out.toString();
	}

	/** {@code text} in Thai numerals when {@code thai}, unchanged otherwise. */
	public static String apply(String text, boolean thai) {
		return thai ? toThai(text) : text;
	}
}
