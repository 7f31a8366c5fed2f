package org.smartcityplanner.training;

import java.util.List;

/**
 * One thing wrong with input, said as a message key with arguments so each page can say it in its language.
 *
 * @param field the form field or spreadsheet column, or {@code null} for the whole input
 * @param messageKey key in messages_*.properties
 * @param arguments message arguments
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}
}
