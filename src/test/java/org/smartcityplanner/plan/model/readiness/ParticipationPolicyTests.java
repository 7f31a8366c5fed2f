package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.TestPlans;

class ParticipationPolicyTests {

	private final ParticipationPolicy policy = new ParticipationPolicy();

	private CheckResult check(ParticipationFacts facts) {
		return policy.check(TestPlans.readyPlan(), TestContexts.withParticipation(facts));
	}

	@Test
	void passesWithAGroupOfEverySectorMinutesAndPublicInput() {
		assertThat(check(new ParticipationFacts(24, List.of(), 1, 1)).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void failsWithNoEvidenceAtAllAndPointsToEachTool() {
		CheckResult result = check(ParticipationFacts.NONE);

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.messageKeys()).containsExactly("readiness.participation.noGroup",
				"readiness.participation.noMinutes", "readiness.participation.noPublicInput");
		assertThat(result.findings()).extracting(Finding::target)
			.containsExactly(FixTarget.participation("group"), FixTarget.participation("meetings"),
					FixTarget.participation("surveys"));
	}

	@Test
	void warnsOncePerSectorMissingFromTheGroup() {
		CheckResult result = check(new ParticipationFacts(12, List.of("PRIVATE", "ACADEMIA"), 1, 40));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.messageKeys()).containsExactly("readiness.participation.missingSector.PRIVATE",
				"readiness.participation.missingSector.ACADEMIA");
	}

	@Test
	void aGroupWithoutMinutesFailsEvenWithManySurveyAnswers() {
		CheckResult result = check(new ParticipationFacts(24, List.of(), 0, 500));

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.messageKeys()).containsExactly("readiness.participation.noMinutes");
	}

	@Test
	void minutesAndAGroupWithoutPublicInputFail() {
		CheckResult result = check(new ParticipationFacts(24, List.of(), 3, 0));

		assertThat(result.messageKeys()).containsExactly("readiness.participation.noPublicInput");
	}
}
