package org.smartcityplanner.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditEntry;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.audit.AuditPage;
import org.smartcityplanner.audit.AuditQuery;
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

	static final int MAX_PAGE_SIZE = 500;
	// a day filter means the day as the reader lives it: Thailand keeps UTC+7 all year
	private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

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
	public AuditPage search(AuditQuery query, int page, int pageSize) {
		if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page from 1, page size 1-" + MAX_PAGE_SIZE);
		}
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.entityType() != null) {
			where.append(" and entity_type = :type");
			params.put("type", query.entityType());
		}
		if (query.actor() != null) {
			where.append(" and lower(actor) = :actor");
			params.put("actor", query.actor().toLowerCase(Locale.ROOT));
		}
		if (query.province() != null) {
			where.append(" and province_code = :province");
			params.put("province", query.province());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Utc.of(query.from().atStartOfDay(THAILAND).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :until");
			params.put("until", Utc.of(query.to().plusDays(1).atStartOfDay(THAILAND).toInstant()));
		}
		long total = jdbc.sql("select count(*) from aud_entry" + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", (long) (page - 1) * pageSize);
		List<AuditEntry> entries = jdbc.sql("select id, occurred_at, actor, entity_type, entity_id, action, "
				+ "province_code, before_state, after_state from aud_entry" + where
				+ " order by id desc limit :limit offset :offset")
			.params(params)
			.query(JdbcAuditLog::entry)
			.list();
		return new AuditPage(entries, page, pageSize, total);
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
		return statement.query(JdbcAuditLog::entry).list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
				rs.getString("province_code"), rs.getString("before_state"), rs.getString("after_state"));
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
