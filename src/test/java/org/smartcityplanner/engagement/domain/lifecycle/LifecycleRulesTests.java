package org.smartcityplanner.engagement.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.shared.InvalidInputException;

class LifecycleRulesTests {

	static final EngagementPeriod RUNNING = new EngagementPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 29));
	static final LifecycleRules.Existing OPEN = new LifecycleRules.Existing(7, "แผนแม่บท รอบแรก", RUNNING,
			EngagementStatus.OPEN);

	@Test
	void refusesASecondEngagementOverlappingAnOpenOneNamingItAndItsDates() {
		EngagementPeriod later = new EngagementPeriod(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 9, 1));
		assertThatThrownBy(() -> LifecycleRules.requireNoOverlap(null, later, List.of(OPEN)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("engagement.overlap");
				assertThat(e.arguments()).containsExactly("แผนแม่บท รอบแรก", RUNNING.start(), RUNNING.end());
			});
	}

	@Test
	void acceptsAnEngagementStartingTheDayAfterTheOpenOneEnds() {
		EngagementPeriod next = new EngagementPeriod(LocalDate.of(2027, 3, 30), LocalDate.of(2027, 9, 1));
		assertThatCode(() -> LifecycleRules.requireNoOverlap(null, next, List.of(OPEN))).doesNotThrowAnyException();
	}

	@Test
	void aClosedEngagementBlocksNothing() {
		var closed = new LifecycleRules.Existing(7, "ปิดแล้ว", RUNNING, EngagementStatus.CLOSED);
		assertThatCode(() -> LifecycleRules.requireNoOverlap(null, RUNNING, List.of(closed)))
			.doesNotThrowAnyException();
	}

	@Test
	void anEngagementNeverOverlapsItself() {
		assertThatCode(() -> LifecycleRules.requireNoOverlap(7L, RUNNING, List.of(OPEN))).doesNotThrowAnyException();
	}

	@Test
	void aClosedEngagementRefusesEditsAndASecondClosing() {
		assertThatThrownBy(() -> LifecycleRules.requireEditable(EngagementStatus.CLOSED))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.closed.noEdits"));
		assertThatThrownBy(() -> LifecycleRules.requireClosable(EngagementStatus.CLOSED, RUNNING, RUNNING.end()))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesClosingBeforeTheWorkStartedOrWithoutADate() {
		assertThatThrownBy(() -> LifecycleRules.requireClosable(EngagementStatus.OPEN, RUNNING,
				RUNNING.start().minusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.close.beforeStart"));
		assertThatThrownBy(() -> LifecycleRules.requireClosable(EngagementStatus.OPEN, RUNNING, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.close.dateRequired"));
		assertThatCode(() -> LifecycleRules.requireClosable(EngagementStatus.OPEN, RUNNING, RUNNING.start()))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesABlankOrTooLongTitle() {
		assertThatThrownBy(() -> LifecycleRules.requireTitle("  ")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> LifecycleRules.requireTitle("ก".repeat(301))).isInstanceOf(InvalidInputException.class);
		assertThat(LifecycleRules.requireTitle("  แผน  ")).isEqualTo("แผน");
	}
}
