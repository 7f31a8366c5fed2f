package org.smartcityplanner.engagement.internal.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.domain.lifecycle.EngagementPeriod;
import org.smartcityplanner.engagement.domain.progress.Health;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Progress of engagements in a fixed number of queries however many engagements there are: one for the
 * engagements, one for their work-item counts, one for their teams, one for the consultants' names.
 */
@Component
public class ProgressReadModel {

	/** A deliverable or milestone due within this many days is "due soon". */
	public static final int DUE_SOON_DAYS = 7;

	private static final String OPEN_FIRST = " order by case when e.status = 'OPEN' then 0 else 1 end, e.start_date desc, e.id desc";

	private final JdbcClient jdbc;
	private final IdentityApi identity;

	ProgressReadModel(JdbcClient jdbc, IdentityApi identity) {
		this.jdbc = jdbc;
		this.identity = identity;
	}

	/** Every engagement (or those of one status), open first, newest first. */
	public List<EngagementProgress> all(EngagementStatus statusOrNull, LocalDate today) {
		String sql = "select e.id, e.province_code, e.name, e.start_date, e.end_date, e.status from eng_engagement e"
				+ (statusOrNull == null ? "" : " where e.status = :status") + OPEN_FIRST;
		var query = jdbc.sql(sql);
		if (statusOrNull != null) {
			query = query.param("status", statusOrNull.name());
		}
		return assemble(query.query(Head::row).list(), today, null);
	}

	/** One engagement's progress. */
	public Optional<EngagementProgress> of(long engagementId, LocalDate today) {
		List<Head> heads = jdbc.sql("select e.id, e.province_code, e.name, e.start_date, e.end_date, e.status "
				+ "from eng_engagement e where e.id = ?").param(engagementId).query(Head::row).list();
		return assemble(heads, today, engagementId).stream().findFirst();
	}

	/** The province's current engagement: its open one, else its latest. */
	public Optional<EngagementProgress> currentOf(ProvinceCode province, LocalDate today) {
		List<Head> heads = jdbc.sql("select e.id, e.province_code, e.name, e.start_date, e.end_date, e.status "
				+ "from eng_engagement e where e.province_code = ?" + OPEN_FIRST).param(province.value())
			.query(Head::row).list();
		return heads.isEmpty() ? Optional.empty()
				: assemble(List.of(heads.get(0)), today, heads.get(0).id()).stream().findFirst();
	}

	private List<EngagementProgress> assemble(List<Head> heads, LocalDate today, Long onlyId) {
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, Counts> counts = counts(today, onlyId);
		Map<Long, List<Member>> teams = jdbc.sql("select engagement_id, user_id, team_lead from eng_team_member"
				+ (onlyId == null ? "" : " where engagement_id = :id"))
			.params(onlyId == null ? Map.<String, Object>of() : Map.<String, Object>of("id", onlyId))
			.query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.list().stream().collect(Collectors.groupingBy(Member::engagementId));
		Map<Long, String> names = new HashMap<>();
		identity.usersWithRole(Role.CONSULTANT).forEach(user -> names.put(user.id(), user.displayName()));
		return heads.stream().map(head -> {
			Counts c = counts.getOrDefault(head.id(), Counts.NONE);
			List<Member> team = teams.getOrDefault(head.id(), List.of());
			Long lead = team.stream().filter(Member::lead).map(Member::userId).findFirst().orElse(null);
			String leadName = lead == null ? ""
					: names.computeIfAbsent(lead, id -> identity.user(id).map(UserSummary::displayName).orElse(""));
			EngagementPeriod period = new EngagementPeriod(head.start(), head.end());
			long elapsed = period.daysElapsed(today);
			Health health = head.status() == EngagementStatus.CLOSED ? Health.CLOSED
					: Health.of(elapsed, period.totalDays(), c.done(), c.deliverables(), c.late());
			return new EngagementProgress(head.id(), new ProvinceCode(head.province()), head.title(), head.start(),
					head.end(), head.status(), elapsed, period.totalDays(), c.done(), c.deliverables(), c.late(),
					c.dueSoon(), team.size(), lead, leadName, health);
		}).toList();
	}

	private Map<Long, Counts> counts(LocalDate today, Long onlyId) {
		// done = APPROVED (deliverables) or DONE (milestones); phases are containers and never counted
		String notDone = "w.kind in ('DELIVERABLE', 'MILESTONE') and w.status not in ('APPROVED', 'DONE')";
		String sql = "select w.engagement_id,"
				+ " sum(case when w.kind = 'DELIVERABLE' then 1 else 0 end),"
				+ " sum(case when w.kind = 'DELIVERABLE' and w.status = 'APPROVED' then 1 else 0 end),"
				+ " sum(case when " + notDone + " and w.due_date < :today then 1 else 0 end),"
				+ " sum(case when " + notDone + " and w.due_date >= :today and w.due_date <= :soon then 1 else 0 end)"
				+ " from eng_work_item w" + (onlyId == null ? "" : " where w.engagement_id = :id")
				+ " group by w.engagement_id";
		var query = jdbc.sql(sql).param("today", today).param("soon", today.plusDays(DUE_SOON_DAYS));
		if (onlyId != null) {
			query = query.param("id", onlyId);
		}
		return query.query((rs, n) -> Map.entry(rs.getLong(1),
				new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private record Head(long id, String province, String title, LocalDate start, LocalDate end,
			EngagementStatus status) {

		static Head row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new Head(rs.getLong("id"), rs.getString("province_code"), rs.getString("name"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					EngagementStatus.valueOf(rs.getString("status")));
		}
	}

	private record Member(long engagementId, long userId, boolean lead) {
	}

	private record Counts(long deliverables, long done, long late, long dueSoon) {
		static final Counts NONE = new Counts(0, 0, 0, 0);
	}
}
