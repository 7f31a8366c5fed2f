package org.smartcityplanner.monitoring.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;

class PeriodRulesTests {

	@Test
	void aPlannedPeriodOpensAndAnOpenOneLocks() {
		assertThat(PeriodRules.open(PeriodState.PLANNED)).isEqualTo(PeriodState.OPEN);
		assertThat(PeriodRules.lock(PeriodState.OPEN)).isEqualTo(PeriodState.LOCKED);
	}

	@Test
	void aLockedPeriodNeverOpensAgain() {
		assertThatThrownBy(() -> PeriodRules.open(PeriodState.LOCKED)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("monitoring.period.rule.cannotOpen.LOCKED");
	}

	@Test
	void aPlannedPeriodCannotBeLockedBeforeItWasOpen() {
		assertThatThrownBy(() -> PeriodRules.lock(PeriodState.PLANNED)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void valuesChangeOnlyWhileThePeriodIsOpen() {
		PeriodRules.requireOpen(PeriodState.OPEN);
		assertThatThrownBy(() -> PeriodRules.requireOpen(PeriodState.LOCKED))
			.hasMessageContaining("monitoring.period.rule.notOpen.LOCKED");
		assertThatThrownBy(() -> PeriodRules.requireOpen(PeriodState.PLANNED))
			.hasMessageContaining("monitoring.period.rule.notOpen.PLANNED");
	}

	@Test
	void anApprovedValueCannotBeSubmittedAgainNorDecidedTwice() {
		assertThat(ValueStatus.resubmit(ValueStatus.RETURNED)).isEqualTo(ValueStatus.SUBMITTED);
		assertThatThrownBy(() -> ValueStatus.resubmit(ValueStatus.APPROVED))
			.hasMessageContaining("alreadyApproved");
		assertThat(ValueStatus.SUBMITTED.decide(true)).isEqualTo(ValueStatus.APPROVED);
		assertThat(ValueStatus.SUBMITTED.decide(false)).isEqualTo(ValueStatus.RETURNED);
		assertThatThrownBy(() -> ValueStatus.APPROVED.decide(false)).hasMessageContaining("notSubmitted");
	}
}
