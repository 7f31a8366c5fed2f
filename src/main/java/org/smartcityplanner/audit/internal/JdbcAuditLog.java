package org.smartcityplanner.audit.internal;

import java.util.List;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditEntry;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries with plain SQL in the caller's transaction.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditChange change) {
		jdbc.sql("""
				insert into aud_entry (occurred_at, actor, entity_type, entity_id, action, province_code, before_state,
				after_state) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Utc.now(), currentActor(), change.entityType(), change.entityId(), change.action(),
					change.province() == null ? null : change.province().value(), toJson(change.before()),
					toJson(change.after()))
			.update();
	}

	@Override
	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from aud_entry order by entity_type").query(String.class).list();
	}

	@Override
	public List<AuditEntry> latest(String entityTypeOrNull, int limit) {
		String filter = entityTypeOrNull == null ? "" : " where entity_type = :type";
		var statement = jdbc.sql("""
				select id, occurred_at, actor, entity_type, entity_id, action, province_code, before_state, after_state
				from aud_entry""" + filter + " order by id desc limit :limit").param("limit", limit);
		if (entityTypeOrNull != null) {
			statement = statement.param("type", entityTypeOrNull);
		}
		return statement.query((rs, row) -> new AuditEntry(rs.getLong("id"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("action"), rs.getString("province_code"),
				rs.getString("before_state"), rs.getString("after_state")))
			.list();
	}

	private String toJson(Object snapshot) {
		return snapshot == null ? null : json.writeValueAsString(snapshot);
	}

	// Read from the security context, not identity's CurrentUser: identity depends on audit (it audits account
	// changes), so audit asking identity would make a cycle. This is the one place outside identity that does.
	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}
}
