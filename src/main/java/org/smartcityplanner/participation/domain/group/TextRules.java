package org.smartcityplanner.participation.domain.group;

import java.util.List;

/**
 * The checks every free-text field of the working group and the registry shares: required or not, a length
 * limit, and no control characters (which no keyboard types and which break documents). Text that looks like
 * HTML or a spreadsheet formula is accepted as text: pages escape it and exports neutralise it.
 */
public final class TextRules {

	private TextRules() {
	}

	/** Adds a problem when a required field is blank, too long or holds control characters. */
	public static void required(List<Problem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.of(field, "participation.field." + field + ".required"));
			return;
		}
		optional(problems, field, value, max);
	}

	/** Adds a problem when an optional field is too long or holds control characters. */
	public static void optional(List<Problem> problems, String field, String value, int max) {
		if (value == null) {
			return;
		}
		if (value.strip().length() > max) {
			problems.add(Problem.of(field, "participation.field.tooLong", max));
		}
		else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(Problem.of(field, "participation.field.controlCharacters"));
		}
	}

	/** The value stripped, or an empty string for none. */
	public static String clean(String value) {
		return value == null ? "" : value.strip();
	}
}
