package org.smartcityplanner.engagement.internal.workplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code eng_work_item}, and reads the engagement and its team the plan belongs to. */
@Component
class WorkPlanStore {

	private static final String COLUMNS = "id, engagement_id, kind, parent_id, position, title_th, title_en, start_date, "
			+ "due_date, owner_user_id, status, completed_on, production, generated_kind, owner_role, return_reason, version";

	private final JdbcClient jdbc;

	WorkPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlannedEngagement> engagement(long id) {
		Map<Long, Boolean> team = new HashMap<>();
		jdbc.sql("select user_id, team_lead from eng_team_member where engagement_id = ?").param(id)
			.query(rs -> {
				team.put(rs.getLong("user_id"), rs.getBoolean("team_lead"));
			});
		return jdbc.sql("select id, province_code, name, start_date, end_date from eng_engagement where id = ?").param(id)
			.query((rs, n) -> new PlannedEngagement(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
					rs.getString("name"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), team))
			.optional();
	}

	/** The province's most recent engagement (open ones before closed ones). */
	Optional<Long> latestEngagementOf(ProvinceCode province) {
		return jdbc.sql("""
				select id from eng_engagement where province_code = ?
				order by case when status = 'OPEN' then 0 else 1 end, start_date desc, id desc""")
			.param(province.value()).query(Long.class).list().stream().findFirst();
	}

	/** Items of the engagement: phases in order, each followed by their items by due date. */
	List<WorkItem> items(long engagementId) {
		List<WorkItem> all = jdbc.sql("select " + COLUMNS + " from eng_work_item where engagement_id = ?")
			.param(engagementId).query(WorkPlanStore::row).list();
		List<WorkItem> ordered = new ArrayList<>();
		all.stream().filter(WorkItem::isPhase).sorted(Comparator.comparingInt(WorkItem::position)).forEach(phase -> {
			ordered.add(phase);
			all.stream().filter(i -> Objects.equals(i.parentId(), phase.id()))
				.sorted(Comparator.comparing(WorkItem::dueDate).thenComparingInt(WorkItem::position))
				.forEach(ordered::add);
		});
		return ordered;
	}

	long insert(long engagementId, TemplateItem template, Long parentId, LocalDate start, LocalDate due, Long owner,
			String status) {
		jdbc.sql("""
				insert into eng_work_item (engagement_id, kind, parent_id, position, title_th, title_en, start_date, due_date,
				  owner_user_id, status, production, generated_kind, owner_role, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(engagementId, template.kind(), parentId, template.position(), template.titleTh(), template.titleEn(),
					start, due, owner, status, template.production(), template.generatedKind(), template.ownerRole())
			.update();
		return jdbc.sql("select max(id) from eng_work_item where engagement_id = ?").param(engagementId)
			.query(Long.class).single();
	}

	void updateOwner(WorkItem item, Long owner) {
		check(jdbc.sql("update eng_work_item set owner_user_id = ?, version = version + 1 where id = ? and version = ?")
			.params(owner, item.id(), item.version()).update());
	}

	void updateDueDate(WorkItem item, LocalDate due) {
		check(jdbc.sql("update eng_work_item set due_date = ?, version = version + 1 where id = ? and version = ?")
			.params(due, item.id(), item.version()).update());
	}

	void updateStatus(WorkItem item, String status, LocalDate completedOn, String returnReason) {
		check(jdbc.sql("""
				update eng_work_item set status = ?, completed_on = ?, return_reason = ?, version = version + 1
				where id = ? and version = ?""")
			.params(status, completedOn, returnReason, item.id(), item.version()).update());
	}

	private static void check(int updated) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("The work item was changed meanwhile");
		}
	}

	private static WorkItem row(ResultSet rs, int n) throws SQLException {
		return new WorkItem(rs.getLong("id"), rs.getLong("engagement_id"), rs.getString("kind"),
				rs.getObject("parent_id", Long.class), rs.getInt("position"), rs.getString("title_th"),
				rs.getString("title_en"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getObject("owner_user_id", Long.class),
				rs.getString("status"), rs.getObject("completed_on", LocalDate.class), rs.getString("production"),
				rs.getString("generated_kind"), rs.getString("owner_role"), rs.getString("return_reason"),
				rs.getInt("version"));
	}
}
