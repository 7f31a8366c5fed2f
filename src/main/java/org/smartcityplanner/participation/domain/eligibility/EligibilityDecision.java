package org.smartcityplanner.participation.domain.eligibility;

/**
 * Whether someone may take part, and as whom.
 *
 * @param participantKey who takes part ({@code code:<id>}, {@code account:<id>} or {@code session:<key>}), or
 *        {@code null} when refused
 * @param refusalKey the message key saying why not and what to do, or {@code null} when allowed
 */
public record EligibilityDecision(String participantKey, String refusalKey) {

	public EligibilityDecision {
		if ((participantKey == null) == (refusalKey == null)) {
			throw new IllegalArgumentException("a decision either names the participant or the refusal");
		}
	}

	public static EligibilityDecision allowed(String participantKey) {
		return new EligibilityDecision(participantKey, null);
	}

	public static EligibilityDecision refused(String refusalKey) {
		return new EligibilityDecision(null, refusalKey);
	}

	/**
	 * The participant key when it names a person for longer than a browser session (a participation code, an
	 * account), else {@code null}: an anonymous visitor's key changes with a new browser, so nothing is kept "once
	 * per participant" under it (such input is rate-limited instead).
	 */
	public String lastingKey() {
		return participantKey != null && (participantKey.startsWith("code:") || participantKey.startsWith("account:"))
				? participantKey : null;
	}

	public boolean isAllowed() {
		return participantKey != null;
	}
}
