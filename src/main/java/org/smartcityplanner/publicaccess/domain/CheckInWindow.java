package org.smartcityplanner.publicaccess.domain;

import java.time.Duration;
import java.time.Instant;

import org.smartcityplanner.publicaccess.CheckInVerdict;
import org.smartcityplanner.publicaccess.LinkSigner;

/**
 * When an event's QR check-in link may be used: from a little before the event starts (people arrive early) until
 * it ends. The link carries the event and its end time, signed together with the kind of event (a training
 * session, a meeting), so a link of one kind never opens the other; a link whose end time differs from the
 * event's current one (the event was moved) or whose signature does not match is refused as forged.
 */
public final class CheckInWindow {

	/** How early before the start a check-in is accepted. */
	public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

	/** The purpose training has always signed with: its printed QR codes keep working. */
	public static final String TRAINING_SESSION = "checkin";

	private CheckInWindow() {
	}

	/** The message a check-in link signs. */
	public static String message(String purpose, long eventId, long untilEpochSecond) {
		return purpose + ":" + eventId + ":" + untilEpochSecond;
	}

	public static CheckInVerdict judge(LinkSigner signature, String purpose, long eventId, long linkUntil,
			String linkSignature, Instant eventStart, Instant eventEnd, Instant now) {
		if (!signature.verify(message(purpose, eventId, linkUntil), linkSignature)
				|| linkUntil != eventEnd.getEpochSecond()) {
			return CheckInVerdict.FORGED;
		}
		if (now.isBefore(eventStart.minus(OPENS_BEFORE))) {
			return CheckInVerdict.NOT_YET_OPEN;
		}
		return over(eventEnd, now) ? CheckInVerdict.EXPIRED : CheckInVerdict.VALID;
	}

	/** Whether the event's check-in is over at {@code now}: its links are refused, so its code need not be shown. */
	public static boolean over(Instant eventEnd, Instant now) {
		return now.isAfter(eventEnd);
	}
}
