package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.domain.meeting.CheckInCodes;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendee rows. Inserts and check-ins are single "only if not there yet" statements backed by unique
 * constraints, so a double tap, a retried request or two nodes racing never add a second row or a second
 * check-in — and never raise, which would abort a PostgreSQL transaction.
 */
@Repository
class AttendeeStore {

	private final JdbcClient jdbc;

	AttendeeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Attendee> ofMeeting(long meetingId) {
		return jdbc.sql("select * from par_attendee where meeting_id = ? order by invited desc, full_name, id")
			.param(meetingId).query(MeetingRows::attendee).list();
	}

	Attendee byId(long attendeeId) {
		return jdbc.sql("select * from par_attendee where id = ?").param(attendeeId).query(MeetingRows::attendee)
			.single();
	}

	Optional<Attendee> byCode(long meetingId, String code) {
		return jdbc.sql("select * from par_attendee where meeting_id = ? and checkin_code = ?").params(meetingId, code)
			.query(MeetingRows::attendee).optional();
	}

	Optional<Attendee> bySubmission(long meetingId, String submissionKey) {
		return jdbc.sql("select * from par_attendee where meeting_id = ? and submission_key = ?")
			.params(meetingId, submissionKey).query(MeetingRows::attendee).optional();
	}

	/**
	 * Adds a person with a fresh check-in code (a new code on the rare clash); with a submission key, a second
	 * insert of the same key adds nothing.
	 *
	 * @return whether a row was added
	 */
	boolean insert(long meetingId, AttendeeDraft person, boolean invited, String submissionKey, Instant consentedAt,
			String consentVersion, String actor, Instant now) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = CheckInCodes.fresh();
			if (byCode(meetingId, code).isPresent()) {
				continue;
			}
			int added = jdbc.sql("""
					insert into par_attendee (meeting_id, full_name, organisation, position_title, sector, member_id,
					  invited, checkin_code, submission_key, absence_note, consent_version, consented_at,
					  registered_at, registered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?) on conflict do nothing""")
				.params(meetingId, person.fullName(), person.organisation(), person.positionTitle(),
						person.sector().name(), person.memberId(), invited, code, submissionKey, consentVersion,
						Utc.of(consentedAt), Utc.of(now), actor)
				.update();
			if (added == 1 || submissionKey != null && bySubmission(meetingId, submissionKey).isPresent()) {
				return added == 1;
			}
		}
		throw new IllegalStateException("No free check-in code after five tries");
	}

	/** Marks the attendee present unless they already are; true when this call did. */
	boolean checkIn(long attendeeId, String method, Instant at) {
		return jdbc.sql("""
				update par_attendee set checked_in_at = ?, checkin_method = ?, absence_note = ''
				where id = ? and checked_in_at is null""").params(Utc.of(at), method, attendeeId).update() == 1;
	}

	/** Marks the attendee absent with the reason given; true when that changed anything. */
	boolean markAbsent(long attendeeId, String absenceNote) {
		return jdbc.sql("""
				update par_attendee set checked_in_at = null, checkin_method = null, absence_note = ?
				where id = ?""").params(absenceNote, attendeeId).update() == 1;
	}
}
