package org.smartcityplanner.documents;

/**
 * Thai numerals (๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙), as formal Thai documents print them.
 */
public final class ThaiNumerals {

	private static final char THAI_ZERO = '\u0E50';

	private ThaiNumerals() {
	}

	/** {@code text} with every digit 0-9 replaced by its Thai numeral; everything else unchanged. */
	public static String toThai(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
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
