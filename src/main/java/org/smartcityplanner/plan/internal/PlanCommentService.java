package org.smartcityplanner.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.plan.PlanComment;
import org.smartcityplanner.plan.PlanComments;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments stored per plan; an item id is only accepted when the item belongs to the province's plan. Comments
 * stay open on a submitted or approved plan: they change nothing in the plan, and the committee's remarks on an
 * approved plan are what the next revision starts from.
 */
@Service
@Transactional
class PlanCommentService implements PlanComments {

	private static final String SELECT = """
			select id, item_id, author, body, created_at, resolved, resolved_by, resolved_at from pln_comment""";

	private final JdbcClient jdbc;
	private final PlanHeaderStore headers;
	private final AuditLog audit;
	private final PlanChanges changes;

	PlanCommentService(JdbcClient jdbc, PlanHeaderStore headers, AuditLog audit, PlanChanges changes) {
		this.jdbc = jdbc;
		this.headers = headers;
		this.audit = audit;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanComment> of(ProvinceCode province, ItemId item) {
		return headers.ofProvince(province)
			.map(plan -> jdbc.sql(SELECT + " where plan_id = ? and item_id = ? order by id")
				.params(plan.planId(), item.value()).query(PlanCommentService::comment).list())
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> openCounts(ProvinceCode province) {
		Map<String, Integer> counts = new HashMap<>();
		headers.ofProvince(province).ifPresent(plan -> jdbc
			.sql("select item_id, count(*) from pln_comment where plan_id = ? and resolved = false group by item_id")
			.param(plan.planId()).query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list());
		return counts;
	}

	@Override
	public PlanComment add(ProvinceCode province, ItemId item, String body) {
		String text = body == null ? "" : body.trim();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new InvalidInputException("plan.comment.length", MAX_LENGTH);
		}
		PlanHeader plan = headers.ofProvince(province).orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
		if (!itemExists(plan.planId(), item)) {
			throw new InvalidInputException("plan.rule.itemMissing", item);
		}
		jdbc.sql("""
				insert into pln_comment (plan_id, item_id, author, body, created_at, resolved)
				values (?, ?, ?, ?, ?, false)""").params(plan.planId(), item.value(), actor(), text, Utc.now()).update();
		PlanComment added = jdbc.sql(SELECT + " where plan_id = ? and item_id = ? order by id desc limit 1")
			.params(plan.planId(), item.value()).query(PlanCommentService::comment).single();
		audit.record(new AuditChange("plan-comment", String.valueOf(added.id()), "created", province, null, added));
		return added;
	}

	@Override
	public boolean resolve(ProvinceCode province, long commentId) {
		var plan = headers.ofProvince(province);
		if (plan.isEmpty()) {
			return false;
		}
		boolean resolved = jdbc.sql("""
				update pln_comment set resolved = true, resolved_by = ?, resolved_at = ?
				where id = ? and plan_id = ? and resolved = false""")
			.params(actor(), Utc.now(), commentId, plan.get().planId()).update() == 1;
		if (resolved) {
			audit.record(new AuditChange("plan-comment", String.valueOf(commentId), "resolved", province, null, null));
		}
		return resolved;
	}

	private boolean itemExists(long planId, ItemId item) {
		return jdbc.sql("""
				select count(*) from (select id from pln_goal where plan_id = :plan union all
				select id from pln_strategy where plan_id = :plan union all
				select id from pln_project where plan_id = :plan union all
				select id from pln_kpi where plan_id = :plan) items where id = :id""")
			.param("plan", planId).param("id", item.value()).query(Long.class).single() > 0;
	}

	private static PlanComment comment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var resolvedAt = rs.getTimestamp("resolved_at");
		return new PlanComment(rs.getLong("id"), rs.getString("item_id"), rs.getString("author"), rs.getString("body"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("resolved"), rs.getString("resolved_by"),
				resolvedAt == null ? null : resolvedAt.toInstant());
	}

	private String actor() {
		return changes.actor();
	}
}
