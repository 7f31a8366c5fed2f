package org.smartcityplanner.publicaccess;

import java.time.Instant;

/**
 * The one QR check-in of the application, shared by training sessions and participation meetings: a signed link
 * that opens from 30 minutes before an event until its end (see {@code domain.CheckInWindow}). Each module keeps
 * its own attendance rows and who may check in; this decides only whether a scanned link is genuine and open.
 */
public interface CheckInLinks {

	/**
	 * The query string of an event's check-in link, {@code until=<epoch second>&sig=<signature>}.
	 *
	 * @param purpose the kind of event, part of what is signed (e.g. {@code checkin} for training sessions,
	 *        {@code meeting} for participation meetings)
	 * @param eventId the event's id
	 * @param eventEnd when the event ends (the link expires then; moving the event voids older links)
	 */
	String query(String purpose, long eventId, Instant eventEnd);

	/**
	 * Judges a scanned link now.
	 *
	 * @param until the link's {@code until} parameter ({@code -1} when missing)
	 * @param signature the link's {@code sig} parameter, may be {@code null}
	 */
	CheckInVerdict judge(String purpose, long eventId, long until, String signature, Instant eventStart,
			Instant eventEnd);

	/** Whether an event's check-in is over now: its links are refused, so its QR code need not be shown. */
	boolean over(Instant eventEnd);
}
