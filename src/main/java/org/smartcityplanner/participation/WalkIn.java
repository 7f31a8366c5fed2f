package org.smartcityplanner.participation;

/**
 * Someone registering at the door of a public hearing through the meeting's QR page.
 *
 * @param person name, organisation, position, sector (no member id: the public page never links to members)
 * @param consent whether they agreed to the recording of their name, organisation and sector for the minutes
 * @param submissionKey the random key of the form they were shown: a double tap or a retried request with the
 *        same key registers them once
 */
public record WalkIn(AttendeeDraft person, boolean consent, String submissionKey) {

	/**
	 * The version of the consent text a walk-in agrees to (message {@code participation.walkIn.consent}); change it
	 * with the text, so each consent record says which wording was agreed to.
	 */
	public static final String CONSENT_VERSION = "meeting-walk-in-2026-12";
}
