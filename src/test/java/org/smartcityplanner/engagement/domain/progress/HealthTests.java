package org.smartcityplanner.engagement.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class HealthTests {

	@Test
	void anythingOverdueMakesItLate() {
		assertThat(Health.of(10, 180, 5, 5, 1)).isEqualTo(Health.LATE);
	}

	@Test
	void deliverablesLaggingTheCalendarByMoreThanTwentyPointsPutItAtRisk() {
		// half the time gone (90/180 = 50 %), 2 of 10 deliverables done (20 %): 30 points behind
		assertThat(Health.of(90, 180, 2, 10, 0)).isEqualTo(Health.AT_RISK);
		// exactly 20 points behind is still on track
		assertThat(Health.of(90, 180, 3, 10, 0)).isEqualTo(Health.ON_TRACK);
	}

	@Test
	void aWorkPlanWithoutDeliverablesIsOnTrackUnlessSomethingIsLate() {
		assertThat(Health.of(170, 180, 0, 0, 0)).isEqualTo(Health.ON_TRACK);
	}

	@Test
	void agreesWithTheRuleComputedInDecimalPercentages() {
		// independent method: the rule as written on the page, in exact decimals
		for (long total = 1; total <= 30; total++) {
			for (long elapsed = 0; elapsed <= total; elapsed++) {
				for (long deliverables = 1; deliverables <= 8; deliverables++) {
					for (long done = 0; done <= deliverables; done++) {
						BigDecimal time = BigDecimal.valueOf(100 * elapsed).divide(BigDecimal.valueOf(total), 20,
								RoundingMode.HALF_EVEN);
						BigDecimal share = BigDecimal.valueOf(100 * done).divide(BigDecimal.valueOf(deliverables), 20,
								RoundingMode.HALF_EVEN);
						Health expected = time.subtract(share).compareTo(BigDecimal.valueOf(Health.LAG_POINTS)) > 0
								? Health.AT_RISK : Health.ON_TRACK;
						assertThat(Health.of(elapsed, total, done, deliverables, 0))
							.as("%d/%d days, %d/%d done", elapsed, total, done, deliverables).isEqualTo(expected);
					}
				}
			}
		}
	}
}
