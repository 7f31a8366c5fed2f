package org.smartcityplanner.participation;

import java.time.Instant;

/**
 * A person registered for a meeting: invited ahead (a working-group member, an agency) or registered at the door.
 *
 * @param id id
 * @param meetingId the meeting
 * @param person who they are
 * @param invited invited ahead (counts as ผู้มาประชุม / ผู้ไม่มาประชุม), or a walk-in / observer (ผู้เข้าร่วมประชุม)
 * @param checkInCode the short code printed on their invitation, typed on the QR page to check in
 * @param absenceNote why an invited person did not come (ติดราชการ …), empty otherwise
 * @param checkedInAt when they were recorded present, null while absent
 * @param checkInMethod {@code qr}, {@code walk-in} or {@code manual}; null while absent
 */
public record Attendee(long id, long meetingId, AttendeeDraft person, boolean invited, String checkInCode,
		String absenceNote, Instant checkedInAt, String checkInMethod) {

	public boolean present() {
		return checkedInAt != null;
	}
}
