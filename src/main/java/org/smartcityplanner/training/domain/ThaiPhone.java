package org.smartcityplanner.training.domain;

import java.util.Optional;

/**
 * Thai telephone numbers as people type them: "081-234-5678", "02 123 4567", "+66 81 234 5678", Thai digits.
 * The normal form is the national one with the leading zero: 9 digits for fixed lines (0 + 2–7 area), 10 digits
 * for mobiles (06, 08, 09).
 */
public final class ThaiPhone {

	private ThaiPhone() {
	}

	/** The normal form, or empty when the text is not a Thai telephone number. */
	public static Optional<String> normalise(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		StringBuilder digits = new StringBuilder();
		String t = text.strip();
		boolean international = t.startsWith("+");
		for (int i = international ? 1 : 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c >= '๐' && c <= '๙') {
				digits.append((char) ('0' + (c - '๐')));
			}
			else if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
				return Optional.empty();
			}
		}
		String national = digits.toString();
		if (international) {
			if (!national.startsWith("66")) {
				return Optional.empty();
			}
			national = "0" + national.substring(2);
		}
		boolean mobile = national.length() == 10 && national.matches("0[689]\\d{8}");
		boolean fixed = national.length() == 9 && national.matches("0[2-7]\\d{7}");
		return mobile || fixed ? Optional.of(national) : Optional.empty();
	}
}
