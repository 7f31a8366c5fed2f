package org.smartcityplanner.publicaccess;

/** What a QR check-in link is worth at a given instant. */
public enum CheckInVerdict {
	/** Signed, and the event is open for check-in now. */
	VALID,
	/** Not signed by us, signed for another event or kind of event, or the event was moved since. */
	FORGED,
	/** More than half an hour before the event starts. */
	NOT_YET_OPEN,
	/** The event has ended. */
	EXPIRED
}
