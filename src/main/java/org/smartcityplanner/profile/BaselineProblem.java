package org.smartcityplanner.profile;

import java.util.List;

/**
 * Something wrong with one field of a baseline, said as a message key with arguments so each user reads it in
 * their language.
 *
 * @param field {@code indicatorCode}, {@code area}, {@code year}, {@code value}, {@code source} or {@code note}
 * @param messageKey the message to show
 * @param args its arguments, already formatted
 */
public record BaselineProblem(String field, String messageKey, List<String> args) {

	public BaselineProblem {
		args = List.copyOf(args);
	}

	public static BaselineProblem of(String field, String messageKey, Object... args) {
		return new BaselineProblem(field, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}
}
