package org.smartcityplanner.participation.domain.eligibility;

/**
 * Who may take part under each {@link ParticipationRule}, and under which participant key. One key per person as
 * far as the rule can tell: a redeemed code or an account is more lasting than a browser session, so it is
 * preferred whenever the visitor has one, and supports or answers follow the person, not the browser.
 */
public final class EligibilityRules {

	/** Refusal: the process asks for a participation code and none was entered in this session. */
	public static final String NEEDS_CODE = "participation.eligibility.needsCode";
	/** Refusal: the process asks for a signed-in account and nobody is signed in. */
	public static final String NEEDS_ACCOUNT = "participation.eligibility.needsAccount";
	/** Refusal: the signed-in account is not one of the province's. */
	public static final String OTHER_PROVINCE = "participation.eligibility.otherProvince";

	private EligibilityRules() {
	}

	public static EligibilityDecision decide(ParticipationRule rule, Visitor visitor) {
		return switch (rule) {
			case ANYONE -> EligibilityDecision.allowed(visitor.codeId() != null ? code(visitor)
					: visitor.accountOfProvince() ? account(visitor) : "session:" + visitor.sessionKey());
			case CODE -> visitor.codeId() != null ? EligibilityDecision.allowed(code(visitor))
					: EligibilityDecision.refused(NEEDS_CODE);
			case ACCOUNT -> visitor.accountOfProvince() ? EligibilityDecision.allowed(account(visitor))
					: EligibilityDecision.refused(visitor.accountId() == null ? NEEDS_ACCOUNT : OTHER_PROVINCE);
		};
	}

	private static String code(Visitor visitor) {
		return "code:" + visitor.codeId();
	}

	private static String account(Visitor visitor) {
		return "account:" + visitor.accountId();
	}
}
