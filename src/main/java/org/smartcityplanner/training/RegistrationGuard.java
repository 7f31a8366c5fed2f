package org.smartcityplanner.training;

import java.time.Instant;

/**
 * Keeps bots off the public registration form without a CAPTCHA (which screen-reader and low-vision users
 * struggle with): a hidden "honeypot" field people never fill, a signed stamp of when the form was shown (a
 * person takes more than a few seconds; a stamp cannot be forged or reused for hours), and a limit of attempts
 * per client address counted in the database, so every node applies the same limit.
 */
public interface RegistrationGuard {

	/** Fewest seconds between showing the form and sending it. */
	int MIN_SECONDS = 3;
	/** Most attempts per client address in {@link #WINDOW_MINUTES}. */
	int MAX_ATTEMPTS = 10;
	int WINDOW_MINUTES = 10;

	/** What the guard thinks of a submission. */
	enum Verdict {
		/** Looks like a person: go on. */
		PASS,
		/** Sent faster than a person fills the form, or with a stale/forged stamp: show the form again. */
		TOO_FAST_OR_STALE,
		/** The honeypot was filled: refuse without saying why. */
		BOT,
		/** Too many attempts from this address: wait. */
		RATE_LIMITED
	}

	/** The signed stamp to put in a form shown at {@code shownAt}. */
	String formStamp(Instant shownAt);

	/**
	 * Judges a submission and counts it against the client's limit.
	 *
	 * @param clientAddress the client's address (only a hash of it is stored)
	 * @param honeypot the hidden field's value
	 * @param stamp the form's stamp
	 */
	Verdict judge(String clientAddress, String honeypot, String stamp);
}
