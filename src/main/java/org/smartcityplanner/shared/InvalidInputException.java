package org.smartcityplanner.shared;

import java.util.List;

/**
 * Input a business rule refuses, with the reason as a message key and arguments so the web layer can say it in
 * the user's language (the API answers 400 problem+json with that text).
 */
public class InvalidInputException extends IllegalArgumentException {

	private final String messageKey;
	private final transient List<Object> arguments;

	public InvalidInputException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}
}
