package org.smartcityplanner.publicaccess.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.publicaccess.CheckInVerdict;

class CheckInWindowTests {

	static final LinkSignature KEY = new LinkSignature("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
	static final Instant START = Instant.parse("2026-11-25T02:00:00Z");
	static final Instant END = Instant.parse("2026-11-25T05:00:00Z");

	private static CheckInVerdict judge(long session, long until, String sig, Instant now) {
		return CheckInWindow.judge(KEY, CheckInWindow.TRAINING_SESSION, session, until, sig, START, END, now);
	}

	private static String sig(long session, long until) {
		return KEY.sign(CheckInWindow.message(CheckInWindow.TRAINING_SESSION, session, until));
	}

	@Test
	void aSignedLinkWorksFromHalfAnHourBeforeTheStartUntilTheEnd() {
		long until = END.getEpochSecond();
		assertThat(judge(7, until, sig(7, until), START.minusSeconds(30 * 60))).isEqualTo(CheckInVerdict.VALID);
		assertThat(judge(7, until, sig(7, until), END)).isEqualTo(CheckInVerdict.VALID);
		assertThat(judge(7, until, sig(7, until), START.minusSeconds(31 * 60))).isEqualTo(CheckInVerdict.NOT_YET_OPEN);
		assertThat(judge(7, until, sig(7, until), END.plusSeconds(1))).isEqualTo(CheckInVerdict.EXPIRED);
	}

	@Test
	void aLinkSignedForAnotherSessionOrTimeOrWithAnotherKeyIsForged() {
		long until = END.getEpochSecond();
		assertThat(judge(8, until, sig(7, until), START)).isEqualTo(CheckInVerdict.FORGED);
		assertThat(judge(7, until + 3600, sig(7, until + 3600), START)).as("session moved since").isEqualTo(CheckInVerdict.FORGED);
		LinkSignature other = new LinkSignature("another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8));
		assertThat(judge(7, until, other.sign(CheckInWindow.message(CheckInWindow.TRAINING_SESSION, 7, until)), START)).isEqualTo(CheckInVerdict.FORGED);
		assertThat(judge(7, until, null, START)).isEqualTo(CheckInVerdict.FORGED);
		assertThat(judge(7, until, "", START)).isEqualTo(CheckInVerdict.FORGED);
	}

	@Test
	void aLinkSignedForAMeetingDoesNotOpenTheTrainingSessionOfTheSameId() {
		long until = END.getEpochSecond();
		String meetingSig = KEY.sign(CheckInWindow.message("meeting", 7, until));
		assertThat(judge(7, until, meetingSig, START)).isEqualTo(CheckInVerdict.FORGED);
		assertThat(CheckInWindow.judge(KEY, "meeting", 7, until, meetingSig, START, END, START))
			.isEqualTo(CheckInVerdict.VALID);
	}

	@Test
	void trainingKeepsTheMessageItsPrintedCodesWereSignedWith() {
		assertThat(CheckInWindow.message(CheckInWindow.TRAINING_SESSION, 12, 1764050400L))
			.isEqualTo("checkin:12:1764050400");
	}
}
