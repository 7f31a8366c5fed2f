package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.util.List;

/**
 * A damaged Pabulib file, refused with the line where the damage is and a message key (filled with
 * {@link #arguments()}) for the reader's language.
 */
public class PabulibFormatException extends RuntimeException {

	private final int line;
	private final String messageKey;
	private final List<Object> arguments;

	/**
	 * @param line the 1-based line number of the damage
	 * @param messageKey a key under {@code ballot.pabulib.error.}
	 * @param arguments the values the message names, after the line number
	 */
	public PabulibFormatException(int line, String messageKey, Object... arguments) {
		super("line " + line + ": " + messageKey + " " + List.of(arguments));
		this.line = line;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** @return the 1-based line number of the damage */
	public int line() {
		return line;
	}

	/** @return the message key describing the damage */
	public String messageKey() {
		return messageKey;
	}

	/** @return the message arguments: the line number first, then what {@link #arguments()} holds */
	public Object[] messageArguments() {
		Object[] all = new Object[arguments.size() + 1];
		all[0] = line;
		for (int i = 0; i < arguments.size(); i++) {
			all[i + 1] = arguments.get(i);
		}
		return all;
	}

	/** @return the values the message names (a column, an id, a number) */
	public List<Object> arguments() {
		return arguments;
	}
}
