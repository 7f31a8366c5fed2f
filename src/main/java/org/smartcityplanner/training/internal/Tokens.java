package org.smartcityplanner.training.internal;

import java.security.SecureRandom;

/** Certificate codes: short, random and easy to read aloud. */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private Tokens() {
	}

	/** A certificate code such as {@code SCP-7K2M-Q9XD}: no 0/O or 1/I to misread. */
	static String certificateCode() {
		StringBuilder code = new StringBuilder("SCP-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}
}
