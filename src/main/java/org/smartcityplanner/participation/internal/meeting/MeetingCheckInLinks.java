package org.smartcityplanner.participation.internal.meeting;

import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.publicaccess.CheckInLinks;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A meeting's QR link through the check-in every module shares; signed for meetings, so a training session's link
 * of the same id opens nothing here.
 */
@Component
class MeetingCheckInLinks {

	static final String PURPOSE = "meeting";

	private final CheckInLinks links;
	private final MeetingStore meetings;
	private final JdbcClient jdbc;

	MeetingCheckInLinks(CheckInLinks links, MeetingStore meetings, JdbcClient jdbc) {
		this.links = links;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	String path(Meeting meeting) {
		return "/participation/check-in/" + meeting.id() + "?" + links.query(PURPOSE, meeting.id(), meeting.endsAt());
	}

	/** The meeting a scanned link opens, or a refusal saying why (forged, not yet open, ended). */
	Meeting open(long meetingId, long until, String signature) {
		Meeting meeting = jdbc.sql("select province_code from par_meeting where id = ?").param(meetingId)
			.query(String.class).optional()
			.flatMap(province -> meetings.find(ProvinceCode.of(province), meetingId))
			.orElseThrow(() -> new InvalidInputException("participation.checkin.forged"));
		switch (links.judge(PURPOSE, meetingId, until, signature, meeting.startsAt(), meeting.endsAt())) {
			case FORGED -> throw new InvalidInputException("participation.checkin.forged");
			case NOT_YET_OPEN -> throw new InvalidInputException("participation.checkin.notYetOpen");
			case EXPIRED -> throw new InvalidInputException("participation.checkin.expired");
			default -> {
				return meeting;
			}
		}
	}
}
