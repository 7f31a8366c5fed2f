package org.smartcityplanner.training.domain;

import java.time.Duration;
import java.time.Instant;

import org.smartcityplanner.publicaccess.LinkSigner;

/**
 * When a session's QR link may be used: from a little before the session starts (people arrive early) until it
 * ends. The link carries the session and its end time, signed; a link whose end time differs from the session's
 * current one (the session was moved) or whose signature does not match is refused as forged.
 */
public final class CheckInWindow {

	/** How early before the start a check-in is accepted. */
	public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

	/** What a check-in link is worth at a given instant. */
	public enum Verdict {
		VALID, FORGED, NOT_YET_OPEN, EXPIRED
	}

	private CheckInWindow() {
	}

	/** The message a check-in link signs. */
	public static String message(long sessionId, long untilEpochSecond) {
		return "checkin:" + sessionId + ":" + untilEpochSecond;
	}

	public static Verdict judge(LinkSigner signature, long sessionId, long linkUntil, String linkSignature,
			Instant sessionStart, Instant sessionEnd, Instant now) {
		if (!signature.verify(message(sessionId, linkUntil), linkSignature)
				|| linkUntil != sessionEnd.getEpochSecond()) {
			return Verdict.FORGED;
		}
		if (now.isBefore(sessionStart.minus(OPENS_BEFORE))) {
			return Verdict.NOT_YET_OPEN;
		}
		return now.isAfter(sessionEnd) ? Verdict.EXPIRED : Verdict.VALID;
	}
}
