package org.smartcityplanner.participation.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the issues of one input, field by field. */
final class Issues {

	/** Letters, marks, digits, punctuation, spaces and line breaks; no other control characters. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private final List<FieldIssue> found = new ArrayList<>();

	/** A text that must be there and fit. */
	Issues required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			found.add(FieldIssue.required(field));
			return this;
		}
		return optional(field, value, max);
	}

	/** A text that may be empty but must fit. */
	Issues optional(String field, String value, int max) {
		if (value == null) {
			return this;
		}
		if (value.length() > max) {
			found.add(new FieldIssue(field, "tooLong", max));
		}
		else if (CONTROL.matcher(value).find()) {
			found.add(new FieldIssue(field, "control", 0));
		}
		return this;
	}

	Issues present(String field, Object value) {
		if (value == null) {
			found.add(FieldIssue.required(field));
		}
		return this;
	}

	Issues add(FieldIssue issue) {
		found.add(issue);
		return this;
	}

	List<FieldIssue> list() {
		return List.copyOf(found);
	}
}
