package org.smartcityplanner.engagement.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;

class EngagementPeriodTests {

	static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);

	@Test
	void lastsTheStandard180DaysFromTheSigningDateWhenNoEndIsGiven() {
		EngagementPeriod period = EngagementPeriod.from(SIGNED, null);
		assertThat(period.end()).isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(period.totalDays()).isEqualTo(180);
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> new EngagementPeriod(SIGNED, SIGNED.minusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.period.endBeforeStart"));
	}

	@Test
	void acceptsExactly400DaysAndRefuses401() {
		assertThat(new EngagementPeriod(SIGNED, SIGNED.plusDays(399)).totalDays()).isEqualTo(400);
		assertThatThrownBy(() -> new EngagementPeriod(SIGNED, SIGNED.plusDays(400)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("engagement.period.tooLong");
				assertThat(e.arguments()).containsExactly(400);
			});
	}

	@Test
	void aOneDayEngagementIsAllowed() {
		assertThat(new EngagementPeriod(SIGNED, SIGNED).totalDays()).isEqualTo(1);
	}

	@Test
	void countsDaysElapsedFromZeroBeforeTheStartUpToTheTotalAfterTheEnd() {
		EngagementPeriod period = EngagementPeriod.from(SIGNED, null);
		assertThat(period.daysElapsed(SIGNED.minusDays(3))).isZero();
		assertThat(period.daysElapsed(SIGNED)).isEqualTo(1);
		assertThat(period.daysElapsed(SIGNED.plusDays(89))).isEqualTo(90);
		assertThat(period.daysElapsed(SIGNED.plusDays(500))).isEqualTo(180);
	}

	@Test
	void overlapsAgreeWithADayByDayComparison() {
		// brute force: two periods overlap exactly when some day lies in both
		LocalDate base = LocalDate.of(2026, 1, 1);
		for (int s1 = 0; s1 < 8; s1++) {
			for (int e1 = s1; e1 < 8; e1++) {
				for (int s2 = 0; s2 < 8; s2++) {
					for (int e2 = s2; e2 < 8; e2++) {
						boolean shared = false;
						for (int day = 0; day < 8; day++) {
							shared |= day >= s1 && day <= e1 && day >= s2 && day <= e2;
						}
						EngagementPeriod a = new EngagementPeriod(base.plusDays(s1), base.plusDays(e1));
						EngagementPeriod b = new EngagementPeriod(base.plusDays(s2), base.plusDays(e2));
						assertThat(a.overlaps(b)).as("%d-%d vs %d-%d", s1, e1, s2, e2).isEqualTo(shared);
					}
				}
			}
		}
	}
}
