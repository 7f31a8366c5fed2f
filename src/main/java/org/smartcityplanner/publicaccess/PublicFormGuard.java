package org.smartcityplanner.publicaccess;

import java.time.Instant;

/**
 * Keeps bots off public forms (training registration, survey answers) without a CAPTCHA, which screen-reader and
 * low-vision users struggle with: a hidden "honeypot" field people never fill, a signed stamp of when the form was
 * shown (a person takes more than a few seconds; a stamp cannot be forged or reused for hours), and a limit of
 * attempts per client address and form, counted in the database so every node applies the same limit.
 */
public interface PublicFormGuard {

	/** Fewest seconds between showing a form and sending it. */
	int MIN_SECONDS = 3;
	/** Default most attempts per client address and form in {@link #WINDOW_MINUTES}. */
	int MAX_ATTEMPTS = 10;
	int WINDOW_MINUTES = 10;
	/** Hours a form stamp stays valid. */
	int STAMP_VALID_HOURS = 2;

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

	/**
	 * The signed stamp to put in a form shown at {@code shownAt}.
	 *
	 * @param form the form's name, e.g. {@code registration-form}; a stamp of one form is refused by another
	 */
	String formStamp(String form, Instant shownAt);

	/**
	 * Judges a submission and counts it against the client's limit for this form.
	 *
	 * @param form the form's name, as given to {@link #formStamp}
	 * @param clientAddress the client's address (only a hash of it is stored)
	 * @param honeypot the hidden field's value
	 * @param stamp the form's stamp
	 */
	Verdict judge(String form, String clientAddress, String honeypot, String stamp);

	/**
	 * Most attempts a client may make on the form in {@link #WINDOW_MINUTES}: {@link #MAX_ATTEMPTS} unless
	 * {@code scp.public-forms.<form>.max-attempts} says otherwise (a survey answered in a community hall behind one
	 * address needs more than a registration form).
	 */
	int maxAttempts(String form);
}
