package org.smartcityplanner.participation.domain.meeting;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short code on each invitation that checks its holder in from the meeting's QR page: six characters without
 * 0/O or 1/I, so it is read aloud and typed without mistakes. It works only together with the room's signed link
 * during the meeting, so six characters (about a billion codes) are plenty.
 */
public final class CheckInCodes {

	private static final SecureRandom RANDOM = new SecureRandom();
	static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
	public static final int LENGTH = 6;

	private CheckInCodes() {
	}

	public static String fresh() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/** The code as typed (any case, with spaces or dashes) in its stored form, or null when it cannot be one. */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (code.length() != LENGTH) {
			return null;
		}
		for (char c : code.toCharArray()) {
			if (new String(ALPHABET).indexOf(c) < 0) {
				return null;
			}
		}
		return code;
	}
}
