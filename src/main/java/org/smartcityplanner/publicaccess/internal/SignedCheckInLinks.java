package org.smartcityplanner.publicaccess.internal;

import java.time.Clock;
import java.time.Instant;

import org.smartcityplanner.publicaccess.CheckInLinks;
import org.smartcityplanner.publicaccess.CheckInVerdict;
import org.smartcityplanner.publicaccess.LinkSigner;
import org.smartcityplanner.publicaccess.domain.CheckInWindow;
import org.springframework.stereotype.Component;

/** Check-in links signed with the key every node shares, so a QR shown by one node checks in on another. */
@Component
class SignedCheckInLinks implements CheckInLinks {

	private final LinkSigner signer;
	private final Clock clock;

	SignedCheckInLinks(LinkSigner signer, Clock clock) {
		this.signer = signer;
		this.clock = clock;
	}

	@Override
	public String query(String purpose, long eventId, Instant eventEnd) {
		long until = eventEnd.getEpochSecond();
		return "until=" + until + "&sig=" + signer.sign(CheckInWindow.message(purpose, eventId, until));
	}

	@Override
	public CheckInVerdict judge(String purpose, long eventId, long until, String signature, Instant eventStart,
			Instant eventEnd) {
		return CheckInWindow.judge(signer, purpose, eventId, until, signature, eventStart, eventEnd, clock.instant());
	}

	@Override
	public boolean over(Instant eventEnd) {
		return CheckInWindow.over(eventEnd, clock.instant());
	}
}
