package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The meeting rows and their five agenda items. Every update names the version it starts from and fails when
 * someone else changed the meeting in between.
 */
@Repository
class MeetingStore {

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(ProvinceCode province, long meetingId) {
		List<AgendaItem> agenda = agendas("select * from par_agenda_item where meeting_id = ? order by position",
				meetingId).getOrDefault(meetingId, List.of());
		return jdbc.sql("select * from par_meeting where id = ? and province_code = ?")
			.params(meetingId, province.value()).query((rs, n) -> MeetingRows.meeting(rs, agenda)).optional();
	}

	/** Two queries for any number of meetings: the list page stays fast as meetings accumulate. */
	List<Meeting> ofProvince(ProvinceCode province) {
		Map<Long, List<AgendaItem>> agendas = agendas("""
				select a.* from par_agenda_item a join par_meeting m on m.id = a.meeting_id
				where m.province_code = ? order by a.meeting_id, a.position""", province.value());
		return jdbc.sql("select * from par_meeting where province_code = ? order by starts_at desc, id desc")
			.param(province.value())
			.query((rs, n) -> MeetingRows.meeting(rs, agendas.getOrDefault(rs.getLong("id"), List.of()))).list();
	}

	/** One page of the province's meetings, latest first, with their agendas: two queries. */
	List<Meeting> ofProvince(ProvinceCode province, Paging paging) {
		List<Meeting> page = new ArrayList<>();
		List<Long> ids = jdbc.sql("""
				select id from par_meeting where province_code = ? order by starts_at desc, id desc limit ? offset ?""")
			.params(province.value(), paging.size(), paging.offset()).query(Long.class).list();
		if (ids.isEmpty()) {
			return page;
		}
		Map<Long, List<AgendaItem>> agendas = new LinkedHashMap<>();
		jdbc.sql("select * from par_agenda_item where meeting_id in (:ids) order by meeting_id, position")
			.param("ids", ids).query(rs -> {
				agendas.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>())
					.add(MeetingRows.agendaItem(rs, 0));
			});
		return jdbc.sql("select * from par_meeting where id in (:ids) order by starts_at desc, id desc")
			.param("ids", ids)
			.query((rs, n) -> MeetingRows.meeting(rs, agendas.getOrDefault(rs.getLong("id"), List.of()))).list();
	}

	long countOf(ProvinceCode province) {
		return jdbc.sql("select count(*) from par_meeting where province_code = ?").param(province.value())
			.query(Long.class).single();
	}

	long insert(ProvinceCode province, MeetingDraft draft, List<AgendaItem> agenda, String actor, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_meeting (province_code, kind, seq_no, title, starts_at, ends_at, venue, target_area_id,
				  walk_in_open, letter_no, issuing_office, addressee, reference_text, enclosures, letter_body,
				  signer_name, signer_position, chair_name, opened_at, closed_at, recorder_name, reviewer_name,
				  created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', '', '', '', '', '', '', '', ?, ?)""")
			.params(province.value(), draft.kind().name(), draft.seqNo(), draft.title(), Utc.of(draft.startsAt()),
					Utc.of(draft.endsAt()), draft.venue(), draft.targetAreaId(), draft.walkInOpen(), Utc.of(now), actor)
			.update(key, "id");
		long id = key.getKey().longValue();
		for (AgendaItem item : agenda) {
			jdbc.sql("insert into par_agenda_item (meeting_id, position, title, details, discussion) values (?, ?, ?, ?, '')")
				.params(id, item.position(), item.title(), item.details()).update();
		}
		return id;
	}

	void update(long meetingId, MeetingDraft draft, List<AgendaItem> agenda, int version) {
		bump(jdbc.sql("""
				update par_meeting set kind = ?, seq_no = ?, title = ?, starts_at = ?, ends_at = ?, venue = ?,
				  target_area_id = ?, walk_in_open = ?, lock_version = lock_version + 1
				where id = ? and lock_version = ?""")
			.params(draft.kind().name(), draft.seqNo(), draft.title(), Utc.of(draft.startsAt()), Utc.of(draft.endsAt()),
					draft.venue(), draft.targetAreaId(), draft.walkInOpen(), meetingId, version)
			.update());
		for (AgendaItem item : agenda) {
			jdbc.sql("update par_agenda_item set title = ?, details = ? where meeting_id = ? and position = ?")
				.params(item.title(), item.details(), meetingId, item.position()).update();
		}
	}

	void updateLetter(long meetingId, InvitationLetter letter, int version) {
		bump(jdbc.sql("""
				update par_meeting set letter_no = ?, letter_date = ?, issuing_office = ?, addressee = ?,
				  reference_text = ?, enclosures = ?, letter_body = ?, signer_name = ?, signer_position = ?,
				  lock_version = lock_version + 1
				where id = ? and lock_version = ?""")
			.params(letter.letterNo(), letter.letterDate(), letter.issuingOffice(), letter.addressee(),
					letter.referenceText(), letter.enclosures(), letter.body(), letter.signerName(),
					letter.signerPosition(), meetingId, version)
			.update());
	}

	void updateMinutes(long meetingId, MinutesDraft minutes) {
		var h = minutes.header();
		bump(jdbc.sql("""
				update par_meeting set chair_name = ?, opened_at = ?, closed_at = ?, recorder_name = ?,
				  reviewer_name = ?, lock_version = lock_version + 1
				where id = ? and lock_version = ?""")
			.params(h.chairName(), h.openedAt(), h.closedAt(), h.recorderName(), h.reviewerName(), meetingId,
					minutes.version())
			.update());
		for (int i = 0; i < minutes.discussions().size(); i++) {
			jdbc.sql("update par_agenda_item set discussion = ? where meeting_id = ? and position = ?")
				.params(minutes.discussions().get(i), meetingId, i + 1).update();
		}
	}

	private Map<Long, List<AgendaItem>> agendas(String sql, Object param) {
		Map<Long, List<AgendaItem>> agendas = new LinkedHashMap<>();
		jdbc.sql(sql).param(param).query(rs -> {
			agendas.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>()).add(MeetingRows.agendaItem(rs, 0));
		});
		return agendas;
	}

	private static void bump(int updated) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException("The meeting was changed by someone else");
		}
	}
}
