package org.smartcityplanner.participation.domain.eligibility;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One-time participation codes as printed on the code sheet: ten symbols from an alphabet without the look-alikes
 * 0/O and 1/I (read aloud or copied from paper in a village hall, they must not be mistaken), printed in two groups
 * of five. 32 symbols carry 5 bits each: 50 random bits, so guessing one of a province's few thousand codes takes
 * far more attempts than the rate limit of the entry form allows.
 */
public final class ParticipationCodes {

	/** 8 digits and 24 letters: no 0, O, 1 or I. */
	public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	public static final int LENGTH = 10;
	/** Random bits per code: log2(32) × 10. */
	public static final int BITS = 50;

	private ParticipationCodes() {
	}

	/** A new code (without the dash), drawn from {@code random}, which must be a secure generator in production. */
	public static String generate(RandomGenerator random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** "ABCDE-FGHJK": as printed and shown. */
	public static String printed(String code) {
		return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
	}

	/**
	 * The code as typed, made canonical: spaces and dashes dropped, small letters raised. Empty when what remains is
	 * not a code at all (wrong length, or a symbol the alphabet lacks), so it is refused without a database look-up.
	 */
	public static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toCharArray()) {
			if (c == '-' || Character.isWhitespace(c)) {
				continue;
			}
			char upper = Character.toUpperCase(c);
			if (ALPHABET.indexOf(upper) < 0) {
				return Optional.empty();
			}
			code.append(upper);
		}
		return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
	}
}
