package org.smartcityplanner.participation.internal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.CheckIn;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.PublicMeeting;
import org.smartcityplanner.participation.WalkIn;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.domain.meeting.CheckInCodes;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.participation.domain.meeting.MeetingRules;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, walk-ins and check-in at meetings; every change audited. */
@Service
class MeetingAttendanceService implements MeetingAttendanceApi {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private final AttendeeStore attendees;
	private final MeetingService meetings;
	private final MeetingOwnership owned;
	private final MeetingCheckInLinks links;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final WorkingGroupApi group;
	private final Clock clock;

	MeetingAttendanceService(AttendeeStore attendees, MeetingService meetings, MeetingOwnership owned,
			MeetingCheckInLinks links, AuditLog audit, IdentityApi identity, WorkingGroupApi group, Clock clock) {
		this.attendees = attendees;
		this.meetings = meetings;
		this.owned = owned;
		this.links = links;
		this.audit = audit;
		this.identity = identity;
		this.group = group;
		this.clock = clock;
	}

	@Override
	public List<Attendee> attendees(ProvinceCode province, long meetingId) {
		owned.meeting(province, meetingId);
		return attendees.ofMeeting(meetingId);
	}

	@Override
	@Transactional
	public Attendee register(ProvinceCode province, long meetingId, AttendeeDraft person, boolean invited) {
		Meeting meeting = meetings.meeting(province, meetingId);
		require(MeetingRules.check(person));
		if (person.memberId() != null) {
			requireActiveMember(province, person.memberId(), meeting);
		}
		attendees.insert(meetingId, person, invited, null, null, null, identity.actorName(), clock.instant());
		Attendee added = attendees.ofMeeting(meetingId).stream().max((a, b) -> Long.compare(a.id(), b.id()))
			.orElseThrow();
		audit.record(new AuditChange("participation-attendee", String.valueOf(added.id()), "registered", province,
				null, added));
		return added;
	}

	@Override
	@Transactional
	public Attendee setPresent(ProvinceCode province, long meetingId, long attendeeId, boolean present,
			String absenceNote) {
		owned.attendee(province, meetingId, attendeeId);
		String note = absenceNote == null ? "" : absenceNote.strip();
		if (note.length() > 300) {
			throw new MeetingInputException(List.of(new FieldIssue("absenceNote", "tooLong", 300)));
		}
		boolean changed = present ? attendees.checkIn(attendeeId, "manual", clock.instant())
				: attendees.markAbsent(attendeeId, note);
		Attendee after = attendees.byId(attendeeId);
		if (changed) {
			audit.record(new AuditChange("participation-attendance", String.valueOf(attendeeId),
					present ? "ticked" : "unticked", province, null,
					Map.of("meeting", meetingId, "present", present, "absenceNote", note)));
		}
		return after;
	}

	@Override
	public String checkInPath(ProvinceCode province, long meetingId) {
		return links.path(meetings.meeting(province, meetingId));
	}

	@Override
	public PublicMeeting openCheckIn(long meetingId, long until, String signature) {
		Meeting meeting = links.open(meetingId, until, signature);
		return new PublicMeeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
				meeting.details().venue(), meeting.details().walkInOpen());
	}

	@Override
	@Transactional
	public CheckIn checkIn(long meetingId, long until, String signature, String code) {
		Meeting meeting = links.open(meetingId, until, signature);
		String normalised = CheckInCodes.normalise(code);
		if (normalised == null) {
			throw new InvalidInputException("participation.checkin.badCode", CheckInCodes.LENGTH);
		}
		Attendee attendee = attendees.byCode(meetingId, normalised)
			.orElseThrow(() -> new InvalidInputException("participation.checkin.unknownCode"));
		return checkedIn(meeting, attendee, "qr");
	}

	@Override
	@Transactional
	public CheckIn walkIn(long meetingId, long until, String signature, WalkIn walkIn) {
		Meeting meeting = links.open(meetingId, until, signature);
		if (!meeting.details().walkInOpen()) {
			throw new InvalidInputException("participation.checkin.walkInClosed");
		}
		List<FieldIssue> issues = new java.util.ArrayList<>(MeetingRules.check(walkIn.person()));
		if (!walkIn.consent()) {
			issues.add(FieldIssue.required("consent"));
		}
		require(issues);
		if (walkIn.submissionKey() == null || !SUBMISSION_KEY.matcher(walkIn.submissionKey()).matches()) {
			throw new InvalidInputException("participation.checkin.staleForm");
		}
		AttendeeDraft person = new AttendeeDraft(walkIn.person().fullName(), walkIn.person().organisation(),
				walkIn.person().positionTitle(), walkIn.person().sector(), null);
		Instant now = clock.instant();
		// consent is kept on the attendee row (version and time) until part A's shared consent service in
		// publicaccess is merged; then this is where the walk-in's consent is recorded through it
		boolean added = attendees.insert(meetingId, person, false, walkIn.submissionKey(), now, WalkIn.CONSENT_VERSION,
				"walk-in", now);
		Attendee attendee = attendees.bySubmission(meetingId, walkIn.submissionKey()).orElseThrow();
		if (added) {
			audit.record(new AuditChange("participation-attendee", String.valueOf(attendee.id()), "walked-in",
					meeting.province(), null, Map.of("meeting", meetingId, "consentVersion", WalkIn.CONSENT_VERSION)));
		}
		return checkedIn(meeting, attendee, "walk-in");
	}

	private CheckIn checkedIn(Meeting meeting, Attendee attendee, String method) {
		boolean added = attendees.checkIn(attendee.id(), method, clock.instant());
		if (added) {
			audit.record(new AuditChange("participation-attendance", String.valueOf(attendee.id()), "checked-in",
					meeting.province(), null, Map.of("meeting", meeting.id(), "method", method)));
		}
		Attendee now = attendees.byId(attendee.id());
		return new CheckIn(meeting.title(), now.person().fullName(), now.checkedInAt(), !added);
	}

	/**
	 * A member id must name a member of this province's working group who belonged to it on the meeting's day (in
	 * Thailand): joined on or before it and not left by then (a member who left on that day is no longer one).
	 */
	private void requireActiveMember(ProvinceCode province, long memberId, Meeting meeting) {
		GroupMember member;
		try {
			member = group.member(province, memberId);
		}
		catch (NotInProvinceException elsewhere) {
			throw new NotInProvinceException("memberId", memberId);
		}
		LocalDate day = meeting.startsAt().atZone(BANGKOK).toLocalDate();
		boolean active = !member.joinedOn().isAfter(day) && (member.leftOn() == null || day.isBefore(member.leftOn()));
		if (!active) {
			throw new MeetingInputException(List.of(new FieldIssue("memberId", "notActiveMember", 0)));
		}
	}

	private static void require(List<FieldIssue> issues) {
		if (!issues.isEmpty()) {
			throw new MeetingInputException(issues);
		}
	}
}
