package org.smartcityplanner.participation.internal.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ClosedBallotCountsTests {

	private final ClosedBallotCounts<String> counts = new ClosedBallotCounts<>();
	private final AtomicInteger countings = new AtomicInteger();

	private String count(long ballotId) {
		return counts.get(ballotId, () -> "count of " + ballotId + " #" + countings.incrementAndGet());
	}

	@Test
	void countsAClosedBallotOnceAndKeepsItsCount() {
		assertThat(count(7)).isEqualTo("count of 7 #1");
		assertThat(count(7)).isEqualTo("count of 7 #1");
		assertThat(count(8)).isEqualTo("count of 8 #2");
		assertThat(countings).hasValue(2);
	}

	@Test
	void keepsSixteenCountsAndLetsTheLeastRecentlyUsedGo() {
		for (long id = 1; id <= 16; id++) {
			count(id);
		}
		count(1); // used again: now the most recent
		count(17); // one too many: ballot 2, the least recently used, goes
		assertThat(countings).hasValue(17);
		count(1);
		assertThat(countings).hasValue(17);
		count(2);
		assertThat(countings).hasValue(18);
	}
}
