package org.smartcityplanner.participation.domain.idea;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which decline reasons leave the book's table row for a note under the table. */
class LongReasonsTests {

	static final int LINE = LongReasons.CHARACTERS_PER_LINE;

	@Test
	void aReasonOfUpToThreeColumnLinesStaysInItsRow() {
		assertThat(LongReasons.isLong(null)).isFalse();
		assertThat(LongReasons.isLong("งบประมาณไม่พอ")).isFalse();
		assertThat(LongReasons.isLong("ก".repeat(3 * LINE))).isFalse();
		assertThat(LongReasons.isLong("ก".repeat(LINE) + "\n" + "ข".repeat(LINE) + "\n" + "ค")).isFalse();
	}

	@Test
	void aLongerReasonOrOneOfManyShortLinesGoesToANote() {
		assertThat(LongReasons.isLong("ก".repeat(3 * LINE + 1))).isTrue();
		assertThat(LongReasons.isLong("ก\nข\nค\nง")).as("every line break starts a line").isTrue();
		assertThat(LongReasons.isLong("ก".repeat(2000))).isTrue();
	}
}
