package org.smartcityplanner.training.domain;

/** Whole numbers as people type them: Thai or Arabic digits, spaces and thousands separators around them. */
public final class Numbers {

	private Numbers() {
	}

	/** The number, or {@code null} when the text is empty or not a whole number that fits an int. */
	public static Integer parseInt(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : text.strip().toCharArray()) {
			if (c >= '๐' && c <= '๙') {
				digits.append((char) ('0' + (c - '๐')));
			}
			else if (c >= '0' && c <= '9' || c == '-' && digits.isEmpty()) {
				digits.append(c);
			}
			else if (c != ',' && c != ' ') {
				return null;
			}
		}
		if (digits.isEmpty() || digits.length() > 9 || "-".contentEquals(digits)) {
			return null;
		}
		return Integer.parseInt(digits.toString());
	}
}
