package org.smartcityplanner.participation.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Who may take part under each rule, and under which key: every rule against every kind of visitor. */
class EligibilityRulesTests {

	static final Visitor STRANGER = new Visitor("s1", null, null, false);
	static final Visitor WITH_CODE = new Visitor("s2", 41L, null, false);
	static final Visitor MEMBER = new Visitor("s3", null, 7L, true);
	static final Visitor OUTSIDER = new Visitor("s4", null, 8L, false);
	static final Visitor MEMBER_WITH_CODE = new Visitor("s5", 42L, 7L, true);

	@Test
	void anyoneTakesPartUnderTheirMostLastingKey() {
		assertThat(decide(ParticipationRule.ANYONE, STRANGER).participantKey()).isEqualTo("session:s1");
		assertThat(decide(ParticipationRule.ANYONE, WITH_CODE).participantKey()).isEqualTo("code:41");
		assertThat(decide(ParticipationRule.ANYONE, MEMBER).participantKey()).isEqualTo("account:7");
		assertThat(decide(ParticipationRule.ANYONE, OUTSIDER).participantKey()).as("another province's account is a "
				+ "stranger here").isEqualTo("session:s4");
	}

	@Test
	void aCodeProcessTakesOnlyWhoEnteredACode() {
		assertThat(decide(ParticipationRule.CODE, WITH_CODE).participantKey()).isEqualTo("code:41");
		assertThat(decide(ParticipationRule.CODE, MEMBER_WITH_CODE).participantKey()).isEqualTo("code:42");
		assertThat(decide(ParticipationRule.CODE, STRANGER).refusalKey()).isEqualTo(EligibilityRules.NEEDS_CODE);
		assertThat(decide(ParticipationRule.CODE, MEMBER).refusalKey()).isEqualTo(EligibilityRules.NEEDS_CODE);
	}

	@Test
	void anAccountProcessTakesOnlyTheProvincesAccounts() {
		assertThat(decide(ParticipationRule.ACCOUNT, MEMBER).participantKey()).isEqualTo("account:7");
		assertThat(decide(ParticipationRule.ACCOUNT, MEMBER_WITH_CODE).participantKey()).isEqualTo("account:7");
		assertThat(decide(ParticipationRule.ACCOUNT, STRANGER).refusalKey()).isEqualTo(EligibilityRules.NEEDS_ACCOUNT);
		assertThat(decide(ParticipationRule.ACCOUNT, WITH_CODE).refusalKey()).isEqualTo(EligibilityRules.NEEDS_ACCOUNT);
		assertThat(decide(ParticipationRule.ACCOUNT, OUTSIDER).refusalKey()).isEqualTo(EligibilityRules.OTHER_PROVINCE);
	}

	@Test
	void aDecisionIsEitherAKeyOrARefusalAndRulesAreParsedStrictly() {
		assertThat(decide(ParticipationRule.CODE, STRANGER).isAllowed()).isFalse();
		assertThat(decide(ParticipationRule.ANYONE, STRANGER).isAllowed()).isTrue();
		assertThatThrownBy(() -> new EligibilityDecision("k", "m")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Visitor(" ", null, null, false)).isInstanceOf(IllegalArgumentException.class);
		assertThat(ParticipationRule.parse("CODE")).isEqualTo(ParticipationRule.CODE);
		assertThat(ParticipationRule.parse("code")).isNull();
		assertThat(ParticipationRule.parse(null)).isNull();
	}

	private static EligibilityDecision decide(ParticipationRule rule, Visitor visitor) {
		return EligibilityRules.decide(rule, visitor);
	}
}
