package org.smartcityplanner.training.domain;

import org.smartcityplanner.publicaccess.domain.LinkSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.training.domain.CheckInWindow.Verdict;

class CheckInWindowTests {

	static final LinkSignature KEY = new LinkSignature("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
	static final Instant START = Instant.parse("2026-11-25T02:00:00Z");
	static final Instant END = Instant.parse("2026-11-25T05:00:00Z");

	private static Verdict judge(long session, long until, String sig, Instant now) {
		return CheckInWindow.judge(KEY, session, until, sig, START, END, now);
	}

	private static String sig(long session, long until) {
		return KEY.sign(CheckInWindow.message(session, until));
	}

	@Test
	void aSignedLinkWorksFromHalfAnHourBeforeTheStartUntilTheEnd() {
		long until = END.getEpochSecond();
		assertThat(judge(7, until, sig(7, until), START.minusSeconds(30 * 60))).isEqualTo(Verdict.VALID);
		assertThat(judge(7, until, sig(7, until), END)).isEqualTo(Verdict.VALID);
		assertThat(judge(7, until, sig(7, until), START.minusSeconds(31 * 60))).isEqualTo(Verdict.NOT_YET_OPEN);
		assertThat(judge(7, until, sig(7, until), END.plusSeconds(1))).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void aLinkSignedForAnotherSessionOrTimeOrWithAnotherKeyIsForged() {
		long until = END.getEpochSecond();
		assertThat(judge(8, until, sig(7, until), START)).isEqualTo(Verdict.FORGED);
		assertThat(judge(7, until + 3600, sig(7, until + 3600), START)).as("session moved since").isEqualTo(Verdict.FORGED);
		LinkSignature other = new LinkSignature("another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8));
		assertThat(judge(7, until, other.sign(CheckInWindow.message(7, until)), START)).isEqualTo(Verdict.FORGED);
		assertThat(judge(7, until, null, START)).isEqualTo(Verdict.FORGED);
		assertThat(judge(7, until, "", START)).isEqualTo(Verdict.FORGED);
	}
}
