package org.smartcityplanner.engagement.internal.pool;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes engagement teams and counts each consultant's open engagements in a period (their load).
 * Writes go to the engagement aggregate's own tables and bump its version, so a concurrent edit of the engagement
 * fails instead of being overwritten.
 */
@Repository
class EngagementTeams {

	private final JdbcClient jdbc;

	EngagementTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open engagements overlapping {@code from}–{@code to} per consultant, leaving out {@code except} if given. */
	Map<Long, Integer> loads(LocalDate from, LocalDate to, Long except) {
		Map<Long, Integer> loads = new HashMap<>();
		jdbc.sql("""
				select m.user_id, count(*) from eng_team_member m join eng_engagement e on e.id = m.engagement_id
				where e.status = 'OPEN' and e.start_date <= :to and e.end_date >= :from and e.id <> :except
				group by m.user_id""")
			.param("from", from).param("to", to).param("except", except == null ? -1L : except)
			.query((rs, row) -> loads.put(rs.getLong(1), rs.getInt(2))).list();
		return loads;
	}

	Optional<StaffedEngagement> engagement(long id) {
		return jdbc.sql("select id, province_code, name, start_date, end_date, status, version from eng_engagement "
				+ "where id = :id").param("id", id)
			.query((rs, row) -> new StaffedEngagement(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getInt(7), members(id)))
			.optional();
	}

	private List<StaffedEngagement.Member> members(long engagementId) {
		return jdbc.sql("select user_id, team_lead from eng_team_member where engagement_id = :id order by user_id")
			.param("id", engagementId)
			.query((rs, row) -> new StaffedEngagement.Member(rs.getLong(1), rs.getBoolean(2))).list();
	}

	/** Replaces the team; fails when the engagement changed since {@code expectedVersion} was read. */
	void replaceTeam(long engagementId, int expectedVersion, long leadId, List<Long> memberIds) {
		int updated = jdbc.sql("update eng_engagement set version = version + 1 where id = :id and version = :version")
			.param("id", engagementId).param("version", expectedVersion).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("engagement " + engagementId + " changed meanwhile");
		}
		jdbc.sql("delete from eng_team_member where engagement_id = :id").param("id", engagementId).update();
		for (long member : memberIds) {
			jdbc.sql("insert into eng_team_member (engagement_id, user_id, team_lead) values (:id, :user, :lead)")
				.param("id", engagementId).param("user", member).param("lead", member == leadId).update();
		}
	}
}
