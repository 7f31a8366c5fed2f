package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadinessReportTests {

	@Test
	void countsAPassAsOneAWarningAsAHalfAndAFailureAsNothing() {
		ReadinessReport report = report(CheckStatus.PASS, CheckStatus.WARNING, CheckStatus.FAIL, CheckStatus.PASS);

		assertThat(report.score()).isEqualTo(63); // 2.5 / 4 = 62.5 %, rounded half up
		assertThat(report.count(CheckStatus.PASS)).isEqualTo(2);
		assertThat(report.count(CheckStatus.WARNING)).isEqualTo(1);
		assertThat(report.count(CheckStatus.FAIL)).isEqualTo(1);
	}

	@Test
	void roundsToTheNearestWholePercent() {
		assertThat(report(CheckStatus.PASS, CheckStatus.FAIL, CheckStatus.FAIL).score()).isEqualTo(33);
		assertThat(report(CheckStatus.PASS, CheckStatus.PASS, CheckStatus.FAIL).score()).isEqualTo(67);
		assertThat(report(CheckStatus.WARNING, CheckStatus.WARNING).score()).isEqualTo(50);
	}

	@Test
	void scoresFromZeroToOneHundred() {
		assertThat(report(CheckStatus.FAIL, CheckStatus.FAIL).score()).isZero();
		assertThat(report(CheckStatus.PASS, CheckStatus.PASS).score()).isEqualTo(100);
		assertThat(report().score()).isZero();
	}

	@Test
	void isReadyWithWarningsButNotWithAFailure() {
		assertThat(report(CheckStatus.PASS, CheckStatus.WARNING).isReady()).isTrue();
		assertThat(report(CheckStatus.PASS, CheckStatus.FAIL).isReady()).isFalse();
	}

	@Test
	void aResultMatchesItsFindings() {
		Finding finding = Finding.of("readiness.c2.noInfrastructurePlan", FixTarget.section("digitalInfrastructure"));

		assertThatThrownBy(() -> new CheckResult("C2", CheckStatus.PASS, List.of(finding)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CheckResult("C2", CheckStatus.FAIL, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static ReadinessReport report(CheckStatus... statuses) {
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < statuses.length; i++) {
			results.add(statuses[i] == CheckStatus.PASS ? CheckResult.pass("P" + i)
					: new CheckResult("P" + i, statuses[i],
							List.of(Finding.of("readiness.c1.noVision", FixTarget.planField("vision")))));
		}
		return new ReadinessReport(results);
	}
}
