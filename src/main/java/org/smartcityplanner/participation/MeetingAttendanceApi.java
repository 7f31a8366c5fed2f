package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Who comes to a meeting: people registered ahead (each with a check-in code on their invitation), walk-ins at a
 * public hearing, check-in through the room's signed QR link (shared with training, see
 * {@link org.smartcityplanner.publicaccess.CheckInLinks}) and ticking by hand. A person is checked in at most once:
 * double scans and two nodes racing add nothing.
 */
public interface MeetingAttendanceApi {

	/** The meeting's attendees, invited first, by name. */
	List<Attendee> attendees(ProvinceCode province, long meetingId);

	/** Registers someone ahead of the meeting (invited) or as an observer. */
	Attendee register(ProvinceCode province, long meetingId, AttendeeDraft person, boolean invited);

	/** Ticks an attendee present or absent by hand, with the reason of an absence. */
	Attendee setPresent(ProvinceCode province, long meetingId, long attendeeId, boolean present, String absenceNote);

	/** The path of the meeting's QR link: {@code /participation/check-in/{id}?until=..&sig=..}. */
	String checkInPath(ProvinceCode province, long meetingId);

	/**
	 * The meeting a scanned link opens.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is forged, not yet open or expired
	 */
	PublicMeeting openCheckIn(long meetingId, long until, String signature);

	/** Checks in the holder of an invitation's code through the room's link. */
	CheckIn checkIn(long meetingId, long until, String signature, String code);

	/** Registers and checks in someone at the door of a meeting open to walk-ins. */
	CheckIn walkIn(long meetingId, long until, String signature, WalkIn walkIn);
}
