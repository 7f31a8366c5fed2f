package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.domain.meeting.MeetingRules;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance taken elsewhere and entered afterwards, with the time and way it was taken: a paper sign-in sheet
 * typed in, or the demo province's past meetings. The same rules and audit as a live check-in; the time must lie
 * within the meeting (or the half hour before it).
 */
@Component
public class RecordedAttendance {

	private final MeetingService meetings;
	private final AttendeeStore attendees;
	private final AuditLog audit;
	private final IdentityApi identity;

	RecordedAttendance(MeetingService meetings, AttendeeStore attendees, AuditLog audit, IdentityApi identity) {
		this.meetings = meetings;
		this.attendees = attendees;
		this.audit = audit;
		this.identity = identity;
	}

	/** Records that a registered attendee was present at {@code at}, checked in by {@code qr} or {@code manual}. */
	@Transactional
	public void present(ProvinceCode province, long meetingId, long attendeeId, String method, Instant at) {
		Meeting meeting = meetings.meeting(province, meetingId);
		requireDuring(meeting, at);
		if (attendees.checkIn(attendeeId, method, at)) {
			audit.record(new AuditChange("participation-attendance", String.valueOf(attendeeId), "recorded", province,
					null, Map.of("meeting", meetingId, "method", method, "at", at.toString())));
		}
	}

	/** Records someone who registered at the door and consented, present from {@code at}. */
	@Transactional
	public Attendee walkIn(ProvinceCode province, long meetingId, AttendeeDraft person, String consentVersion,
			Instant at) {
		Meeting meeting = meetings.meeting(province, meetingId);
		requireDuring(meeting, at);
		var issues = MeetingRules.check(person);
		if (!issues.isEmpty()) {
			throw new MeetingInputException(issues);
		}
		String key = "recorded-" + java.util.UUID.randomUUID();
		attendees.insert(meetingId, person, false, key, at, consentVersion, identity.actorName(), at);
		Attendee added = attendees.bySubmission(meetingId, key).orElseThrow();
		attendees.checkIn(added.id(), "walk-in", at);
		audit.record(new AuditChange("participation-attendee", String.valueOf(added.id()), "walked-in", province, null,
				Map.of("meeting", meetingId, "consentVersion", consentVersion, "at", at.toString())));
		return attendees.byId(added.id());
	}

	private static void requireDuring(Meeting meeting, Instant at) {
		if (at.isBefore(meeting.startsAt().minusSeconds(30 * 60)) || at.isAfter(meeting.endsAt())) {
			throw new InvalidInputException("participation.checkin.notDuring");
		}
	}
}
