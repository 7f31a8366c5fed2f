package org.smartcityplanner.participation.domain.eligibility;

/**
 * Who may take part in a province's participation process. Messages: {@code participation.rule.<NAME>}.
 */
public enum ParticipationRule {
	/** Anyone, without an account; the shared public-form guard limits how often one address may send. */
	ANYONE,
	/** Only who entered a one-time participation code, handed out on paper at a meeting. */
	CODE,
	/** Only a signed-in account of the province. */
	ACCOUNT;

	/** The rule a process follows before a coordinator chose one: the portal stays as open as it was. */
	public static final ParticipationRule DEFAULT = ANYONE;

	/** The rule named {@code name}, or {@code null} for anything else (never an exception for user input). */
	public static ParticipationRule parse(String name) {
		for (ParticipationRule rule : values()) {
			if (rule.name().equals(name)) {
				return rule;
			}
		}
		return null;
	}
}
