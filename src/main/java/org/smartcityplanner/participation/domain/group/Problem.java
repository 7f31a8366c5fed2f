package org.smartcityplanner.participation.domain.group;

import java.util.List;

/**
 * One thing wrong with an input, as a message key (the message names the field) and its arguments.
 *
 * @param field     the input field, or {@code null} for the whole input
 * @param messageKey the message explaining it
 * @param arguments  the message's arguments
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String field, String messageKey, Object... arguments) {
		return new Problem(field, messageKey, List.of(arguments));
	}
}
