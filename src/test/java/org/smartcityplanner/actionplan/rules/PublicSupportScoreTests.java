package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PublicSupportScoreTests {

	@Test
	void theFavouriteSelectedByEqualSharesGetsTenAndAProjectNobodyTickedGetsZero() {
		assertThat(PublicSupportScore.of(60, 60, true)).isEqualByComparingTo("10");
		assertThat(PublicSupportScore.of(60, 60, false)).isEqualByComparingTo("8");
		assertThat(PublicSupportScore.of(0, 60, false)).isEqualByComparingTo("0");
	}

	@Test
	void handWorkedExamples() {
		// 8 × 45/60 = 6, selected: + 2
		assertThat(PublicSupportScore.of(45, 60, true)).isEqualByComparingTo("8.0");
		// 8 × 20/60 = 2.666… → 2.7
		assertThat(PublicSupportScore.of(20, 60, false)).isEqualByComparingTo("2.7");
		// a cohesive minority's project the Method of Equal Shares funds: 8 × 12/60 = 1.6, + 2
		assertThat(PublicSupportScore.of(12, 60, true)).isEqualByComparingTo("3.6");
		// 8 × 1/160 = 0.05: half up to 0.1
		assertThat(PublicSupportScore.of(1, 160, false)).isEqualByComparingTo("0.1");
		assertThat(PublicSupportScore.of(1, 161, false)).isEqualByComparingTo("0.0");
	}

	@Test
	void agreesWithIntegerArithmeticOnEverySmallBallot() {
		// independent method: tenths = floor((160·a + m) / (2·m)) is 80·a/m rounded half up, plus 20 if selected
		for (long most = 1; most <= 80; most++) {
			for (long approvals = 0; approvals <= most; approvals++) {
				for (boolean selected : new boolean[] { false, true }) {
					long tenths = (160 * approvals + most) / (2 * most) + (selected ? 20 : 0);
					assertThat(PublicSupportScore.of(approvals, most, selected))
						.as("%d of %d, selected %s", approvals, most, selected)
						.isEqualByComparingTo(BigDecimal.valueOf(tenths, 1));
				}
			}
		}
	}

	@Test
	void staysWithinZeroToTenAndNeverFallsWithMoreApprovalsOrSelection() {
		for (long most = 1; most <= 80; most++) {
			BigDecimal previous = BigDecimal.ZERO;
			for (long approvals = 0; approvals <= most; approvals++) {
				BigDecimal unselected = PublicSupportScore.of(approvals, most, false);
				BigDecimal selected = PublicSupportScore.of(approvals, most, true);
				assertThat(unselected).isBetween(BigDecimal.ZERO, BigDecimal.TEN).isGreaterThanOrEqualTo(previous);
				assertThat(selected).isBetween(BigDecimal.ZERO, BigDecimal.TEN).isGreaterThan(unselected);
				previous = unselected;
			}
		}
	}

	@Test
	void refusesCountsNoBallotCanHave() {
		assertThatThrownBy(() -> PublicSupportScore.of(5, 0, false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PublicSupportScore.of(61, 60, false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PublicSupportScore.of(-1, 60, true)).isInstanceOf(IllegalArgumentException.class);
	}
}
