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

	/**
	 * The number typed, or {@code null} when it is not one: read by the application's one number reader (Thai
	 * digits, thousands separators between groups of three).
	 */
	public static BigDecimal number(String typed) {
		try {
			BigDecimal number = org.smartcityplanner.shared.NumberText.decimal(typed);
			// what an answer column holds: up to 15 digits before the point and 4 after
			return number == null || number.scale() > 4 || number.precision() - number.scale() > 15 ? null : number;
		}
		catch (org.smartcityplanner.shared.NumberText.NotANumberException notANumber) {
			return null;
		}
	}
}
