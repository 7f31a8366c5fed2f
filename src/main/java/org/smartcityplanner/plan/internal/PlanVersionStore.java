package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Named versions: the plan's export document stored as JSON, so a version reads back exactly as it was saved.
 */
@Component
class PlanVersionStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanVersionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	PlanVersionSummary save(long planId, String name, PlanDocument document, String actor, PlanStatus status) {
		var now = Utc.now();
		jdbc.sql("""
				insert into pln_version (plan_id, name, created_at, created_by, document, plan_status)
				values (?, ?, ?, ?, ?, ?)""")
			.params(planId, name, now, actor, json.writeValueAsString(document), status.name()).update();
		return list(planId).get(0);
	}

	List<PlanVersionSummary> list(long planId) {
		return jdbc.sql("""
				select id, name, created_at, created_by, plan_status from pln_version where plan_id = ?
				order by id desc""")
			.param(planId)
			.query((rs, row) -> new PlanVersionSummary(rs.getLong(1), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getString(5) == null ? null : PlanStatus.valueOf(rs.getString(5))))
			.list();
	}

	/** The document of the newest saved version, if any. */
	Optional<PlanDocument> latestDocument(long planId) {
		return jdbc.sql("select document from pln_version where plan_id = ? order by id desc limit 1").param(planId)
			.query(String.class).optional().map(text -> json.readValue(text, PlanDocument.class));
	}

	Optional<PlanDocument> document(long planId, long versionId) {
		return jdbc.sql("select document from pln_version where plan_id = ? and id = ?").params(planId, versionId)
			.query(String.class).optional().map(text -> json.readValue(text, PlanDocument.class));
	}
}
