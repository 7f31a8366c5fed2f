package org.smartcityplanner.actionplan.rules;

import java.util.List;

/**
 * A problem found by a rule, as a message key and its arguments so each page says it in the user's language.
 *
 * @param messageKey the message key
 * @param arguments the values the message names
 */
public record Finding(String messageKey, List<Object> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	public static Finding of(String messageKey, Object... arguments) {
		return new Finding(messageKey, List.of(arguments));
	}
}
