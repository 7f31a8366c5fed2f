package org.smartcityplanner.actionplan.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The typed fields of proposal forms, and whether each is marked ready to submit. */
@Component
class ProposalStore {

	/** A saved form. */
	record Saved(Map<FormField, String> typed, boolean ready, int version) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final IdentityApi identity;

	ProposalStore(JdbcClient jdbc, JsonMapper json, IdentityApi identity) {
		this.identity = identity;
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Saved> find(String projectId, String sourceCode) {
		return jdbc.sql("select fields, ready, version from acp_proposal where project_id = ? and source_code = ?")
			.params(projectId, sourceCode)
			.query((rs, row) -> new Saved(parse(rs.getString("fields")), rs.getBoolean("ready"), rs.getInt("version")))
			.optional();
	}

	/** Ready marks of a province: project id to the sources it is ready for. */
	Map<String, java.util.Set<String>> readyMarks(ProvinceCode province) {
		Map<String, java.util.Set<String>> marks = new LinkedHashMap<>();
		jdbc.sql("select project_id, source_code from acp_proposal where province_code = ? and ready = true")
			.param(province.value())
			.query(rs -> {
				marks.computeIfAbsent(rs.getString("project_id"), id -> new java.util.TreeSet<>())
					.add(rs.getString("source_code"));
			});
		return marks;
	}

	void save(ProvinceCode province, String projectId, String sourceCode, Map<FormField, String> typed, boolean ready,
			int version) {
		String fields = json.writeValueAsString(typed);
		if (find(projectId, sourceCode).isEmpty()) {
			if (version != 0) {
				throw new OptimisticLockingFailureException("proposal changed");
			}
			jdbc.sql("""
					insert into acp_proposal (project_id, source_code, province_code, fields, ready, version, updated_at,
					updated_by) values (?, ?, ?, ?, ?, 1, ?, ?)""")
				.params(projectId, sourceCode, province.value(), fields, ready, Utc.now(), identity.actorName()).update();
			return;
		}
		int updated = jdbc.sql("""
				update acp_proposal set fields = ?, ready = ?, version = version + 1, updated_at = ?, updated_by = ?
				where project_id = ? and source_code = ? and version = ?""")
			.params(fields, ready, Utc.now(), identity.actorName(), projectId, sourceCode, version).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("proposal changed");
		}
	}

	private Map<FormField, String> parse(String fields) {
		Map<String, String> raw = json.readValue(fields, new TypeReference<Map<String, String>>() {
		});
		Map<FormField, String> typed = new EnumMap<>(FormField.class);
		raw.forEach((key, value) -> typed.put(FormField.valueOf(key), value));
		return typed;
	}
}
