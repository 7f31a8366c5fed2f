package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What open text and typed numbers must look like. Text is plain: HTML tags are refused (they would show as
 * code to whoever reads the answers), as is text starting with "=", which a spreadsheet runs as a formula
 * (exports guard the other formula signs too). Numbers may use Thai digits and thousands separators.
 */
public final class TextRules {

	/** Most characters of an open answer. */
	public static final int MAX_TEXT = 2000;

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^>]*>");
	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,4})?");

	private TextRules() {
	}

	/** The problem with an open text, or empty when it may be stored. */
	public static Optional<Problem> check(String field, String text, int maxLength) {
		if (text.length() > maxLength) {
			return Optional.of(Problem.of(field, "participation.survey.answer.tooLong", maxLength, text.length()));
		}
		if (TAG.matcher(text).find()) {
			return Optional.of(Problem.of(field, "participation.survey.answer.html"));
		}
		if (text.startsWith("=") || text.startsWith("\uFF1D")) {
			return Optional.of(Problem.of(field, "participation.survey.answer.formula"));
		}
		return Optional.empty();
	}

	/** The number typed, or {@code null} when it is not one (Thai digits and "," separators are read). */
	public static BigDecimal number(String typed) {
		StringBuilder plain = new StringBuilder();
		for (char c : typed.strip().toCharArray()) {
			if (c >= '\u0E50' && c <= '\u0E59') {
				plain.append((char) ('0' + (c - '\u0E50')));
			}
			else if (c != ',' && c != ' ') {
				plain.append(c);
			}
		}
		return NUMBER.matcher(plain).matches() ? new BigDecimal(plain.toString()) : null;
	}
}
