package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Resolutions of a meeting and their follow-up actions. */
@Repository
class ResolutionStore {

	private final JdbcClient jdbc;

	ResolutionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The meeting's resolutions by agenda item, each with its actions; two queries. */
	List<Resolution> ofMeeting(long meetingId) {
		Map<Long, List<FollowUpAction>> actions = new LinkedHashMap<>();
		jdbc.sql("""
				select a.* from par_action a join par_resolution r on r.id = a.resolution_id
				where r.meeting_id = ? order by a.id""").param(meetingId)
			.query(rs -> {
				actions.computeIfAbsent(rs.getLong("resolution_id"), id -> new ArrayList<>())
					.add(MeetingRows.action(rs, 0));
			});
		return jdbc.sql("select * from par_resolution where meeting_id = ? order by agenda_position, id")
			.param(meetingId)
			.query((rs, n) -> new Resolution(rs.getLong("id"), meetingId, rs.getInt("agenda_position"),
					rs.getString("resolution_text"), actions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Every resolution of the province's meetings with its actions, by meeting; two queries however many meetings
	 * there are (the statistics, the plan's sources and the book read them all).
	 */
	Map<Long, List<Resolution>> ofProvince(String provinceCode) {
		Map<Long, List<FollowUpAction>> actions = new LinkedHashMap<>();
		jdbc.sql("""
				select a.* from par_action a join par_resolution r on r.id = a.resolution_id
				join par_meeting m on m.id = r.meeting_id where m.province_code = ? order by a.id""").param(provinceCode)
			.query(rs -> {
				actions.computeIfAbsent(rs.getLong("resolution_id"), id -> new ArrayList<>())
					.add(MeetingRows.action(rs, 0));
			});
		Map<Long, List<Resolution>> byMeeting = new LinkedHashMap<>();
		jdbc.sql("""
				select r.* from par_resolution r join par_meeting m on m.id = r.meeting_id where m.province_code = ?
				order by r.meeting_id, r.agenda_position, r.id""").param(provinceCode)
			.query(rs -> {
				long meetingId = rs.getLong("meeting_id");
				byMeeting.computeIfAbsent(meetingId, id -> new ArrayList<>())
					.add(new Resolution(rs.getLong("id"), meetingId, rs.getInt("agenda_position"),
							rs.getString("resolution_text"), actions.getOrDefault(rs.getLong("id"), List.of())));
			});
		return byMeeting;
	}

	long insert(long meetingId, int agendaPosition, String text, List<ActionDraft> actions, String actor,
			Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into par_resolution (meeting_id, agenda_position, resolution_text, created_at, created_by)
				values (?, ?, ?, ?, ?)""").params(meetingId, agendaPosition, text, Utc.of(now), actor)
			.update(key, "id");
		long id = key.getKey().longValue();
		for (ActionDraft action : actions) {
			jdbc.sql("""
					insert into par_action (resolution_id, description, owner_name, due_date, status, updated_at,
					  updated_by) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, action.description(), action.ownerName(), action.dueDate(), action.status().name(),
						Utc.of(now), actor)
				.update();
		}
		return id;
	}

	FollowUpAction action(long actionId) {
		return jdbc.sql("select * from par_action where id = ?").param(actionId).query(MeetingRows::action).single();
	}

	void updateAction(long actionId, ActionDraft draft, int version, String actor, Instant now) {
		int updated = jdbc.sql("""
				update par_action set description = ?, owner_name = ?, due_date = ?, status = ?, updated_at = ?,
				  updated_by = ?, lock_version = lock_version + 1
				where id = ? and lock_version = ?""")
			.params(draft.description(), draft.ownerName(), draft.dueDate(), draft.status().name(), Utc.of(now), actor,
					actionId, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("The action was changed by someone else");
		}
	}
}
