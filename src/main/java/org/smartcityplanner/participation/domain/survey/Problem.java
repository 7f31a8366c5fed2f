package org.smartcityplanner.participation.domain.survey;

import java.util.List;

/**
 * Something wrong with what was typed, said through a message key so the page or the API can say it in the user's
 * language.
 *
 * @param field the form field (e.g. {@code q12} for question 12), or {@code null} for the whole form
 * @param messageKey the message
 * @param arguments the message's arguments
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String field, String messageKey, Object... arguments) {
		return new Problem(field, messageKey, List.of(arguments));
	}
}
