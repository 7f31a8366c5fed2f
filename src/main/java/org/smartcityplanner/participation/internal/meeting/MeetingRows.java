package org.smartcityplanner.participation.internal.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.shared.ProvinceCode;

/** Rows of the meeting tables as records. */
final class MeetingRows {

	private MeetingRows() {
	}

	static Meeting meeting(ResultSet rs, List<AgendaItem> agenda) throws SQLException {
		Long area = rs.getObject("target_area_id") == null ? null : rs.getLong("target_area_id");
		MeetingDraft details = new MeetingDraft(MeetingKind.valueOf(rs.getString("kind")), rs.getString("seq_no"),
				rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("venue"), area,
				rs.getBoolean("walk_in_open"), agenda);
		var letterDate = rs.getObject("letter_date", java.time.LocalDate.class);
		InvitationLetter letter = new InvitationLetter(rs.getString("letter_no"), letterDate,
				rs.getString("issuing_office"), rs.getString("addressee"), rs.getString("reference_text"),
				rs.getString("enclosures"), rs.getString("letter_body"), rs.getString("signer_name"),
				rs.getString("signer_position"));
		MinutesHeader minutes = new MinutesHeader(rs.getString("chair_name"), rs.getString("opened_at"),
				rs.getString("closed_at"), rs.getString("recorder_name"), rs.getString("reviewer_name"));
		return new Meeting(rs.getLong("id"), ProvinceCode.of(rs.getString("province_code")), details, agenda, letter,
				minutes, rs.getInt("lock_version"));
	}

	static AgendaItem agendaItem(ResultSet rs, int n) throws SQLException {
		return new AgendaItem(rs.getInt("position"), rs.getString("title"), rs.getString("details"),
				rs.getString("discussion"));
	}

	static Attendee attendee(ResultSet rs, int n) throws SQLException {
		Long member = rs.getObject("member_id") == null ? null : rs.getLong("member_id");
		AttendeeDraft person = new AttendeeDraft(rs.getString("full_name"), rs.getString("organisation"),
				rs.getString("position_title"), Sector.valueOf(rs.getString("sector")), member);
		return new Attendee(rs.getLong("id"), rs.getLong("meeting_id"), person, rs.getBoolean("invited"),
				rs.getString("checkin_code"), rs.getString("absence_note"), instant(rs, "checked_in_at"),
				rs.getString("checkin_method"));
	}

	static FollowUpAction action(ResultSet rs, int n) throws SQLException {
		ActionDraft draft = new ActionDraft(rs.getString("description"), rs.getString("owner_name"),
				rs.getObject("due_date", java.time.LocalDate.class), ActionStatus.valueOf(rs.getString("status")));
		return new FollowUpAction(rs.getLong("id"), rs.getLong("resolution_id"), draft, rs.getInt("lock_version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
