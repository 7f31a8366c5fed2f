package org.smartcityplanner.actionplan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The adopted action plan's items; funding is kept as {@code SOURCE=satang} pairs. */
@Component
class ActionItemStore {

	private final JdbcClient jdbc;
	private final IdentityApi identity;

	ActionItemStore(JdbcClient jdbc, IdentityApi identity) {
		this.identity = identity;
		this.jdbc = jdbc;
	}

	List<ActionItem> ofProvince(ProvinceCode province) {
		return jdbc.sql("select * from acp_action_item where province_code = ? order by fiscal_year, id")
			.param(province.value())
			.query((rs, row) -> new ActionItem(rs.getLong("id"), new FiscalYear(rs.getInt("fiscal_year")),
					rs.getString("project_id"), rs.getObject("run_id") == null ? null : rs.getLong("run_id"), 0,
					funding(rs.getString("funding")), rs.getString("agency"),
					ActionItemStatus.valueOf(rs.getString("status")),
					List.of(rs.getString("milestone_q1"), rs.getString("milestone_q2"), rs.getString("milestone_q3"),
							rs.getString("milestone_q4")),
					rs.getInt("version")))
			.list();
	}

	Optional<ActionItem> find(ProvinceCode province, long id) {
		return ofProvince(province).stream().filter(item -> item.id() == id).findFirst();
	}

	void deleteAll(ProvinceCode province) {
		jdbc.sql("delete from acp_action_item where province_code = ?").param(province.value()).update();
	}

	boolean delete(ProvinceCode province, long id) {
		return jdbc.sql("delete from acp_action_item where province_code = ? and id = ?").params(province.value(), id)
			.update() == 1;
	}

	boolean exists(ProvinceCode province, FiscalYear year, String projectId) {
		return jdbc.sql("""
				select count(*) from acp_action_item where province_code = ? and fiscal_year = ? and project_id = ?""")
			.params(province.value(), year.buddhistYear(), projectId).query(Long.class).single() > 0;
	}

	void insert(ProvinceCode province, ActionItem item) {
		List<String> m = item.milestones();
		jdbc.sql("""
				insert into acp_action_item (province_code, fiscal_year, project_id, run_id, funding, agency, status,
				milestone_q1, milestone_q2, milestone_q3, milestone_q4, version, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(province.value(), item.year().buddhistYear(), item.projectId(), item.runId(),
					fundingColumn(item.funding()), item.agency(), item.status().name(), m.get(0), m.get(1), m.get(2),
					m.get(3), Utc.now(), identity.actorName())
			.update();
	}

	long lastId(ProvinceCode province) {
		return jdbc.sql("select max(id) from acp_action_item where province_code = ?").param(province.value())
			.query(Long.class).single();
	}

	void update(ProvinceCode province, ActionItem item) {
		List<String> m = item.milestones();
		int updated = jdbc.sql("""
				update acp_action_item set funding = ?, agency = ?, status = ?, milestone_q1 = ?, milestone_q2 = ?,
				milestone_q3 = ?, milestone_q4 = ?, version = version + 1, updated_at = ?, updated_by = ?
				where province_code = ? and id = ? and version = ?""")
			.params(fundingColumn(item.funding()), item.agency(), item.status().name(), m.get(0), m.get(1), m.get(2),
					m.get(3), Utc.now(), identity.actorName(), province.value(), item.id(), item.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("action plan item " + item.id() + " changed");
		}
	}

	private static String fundingColumn(Map<String, Baht> funding) {
		return String.join(";", funding.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().satang()).toList());
	}

	private static Map<String, Baht> funding(String column) {
		Map<String, Baht> funding = new LinkedHashMap<>();
		if (column != null && !column.isBlank()) {
			for (String pair : column.split(";")) {
				String[] parts = pair.split("=");
				funding.put(parts[0], new Baht(Long.parseLong(parts[1])));
			}
		}
		return funding;
	}
}
