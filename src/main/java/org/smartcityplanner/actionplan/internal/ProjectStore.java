package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.actionplan.ProjectBudget;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per project: settings, budget lines, funding split and scores. A province's projects load in four queries.
 */
@Component
class ProjectStore {

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every project of the province that has action-plan data, by project id. */
	Map<String, ProjectBudget> ofProvince(ProvinceCode province) {
		String code = province.value();
		Map<String, ProjectSettings> settings = new HashMap<>();
		Map<String, Integer> versions = new HashMap<>();
		jdbc.sql("select * from acp_project where province_code = ?").param(code).query(rs -> {
			String type = rs.getString("project_type");
			settings.put(rs.getString("project_id"), new ProjectSettings(type == null ? null : ProjectType.valueOf(type),
					rs.getBoolean("mandatory"), rs.getString("exclusive_group"), rs.getString("depends_on"),
					rs.getInt("max_shift_years")));
			versions.put(rs.getString("project_id"), rs.getInt("version"));
		});
		Map<String, Map<FiscalYear, Map<String, Baht>>> lines = new HashMap<>();
		jdbc.sql("select * from acp_budget_line where province_code = ? order by fiscal_year, category_code").param(code)
			.query(rs -> {
				lines.computeIfAbsent(rs.getString("project_id"), id -> new LinkedHashMap<>())
					.computeIfAbsent(new FiscalYear(rs.getInt("fiscal_year")), year -> new LinkedHashMap<>())
					.put(rs.getString("category_code"), new Baht(rs.getLong("amount_satang")));
			});
		Map<String, Map<String, Baht>> splits = new HashMap<>();
		jdbc.sql("select * from acp_funding_split where province_code = ? order by sort_order").param(code)
			.query(rs -> {
				splits.computeIfAbsent(rs.getString("project_id"), id -> new LinkedHashMap<>())
					.put(rs.getString("source_code"), new Baht(rs.getLong("amount_satang")));
			});
		Map<String, Map<Criterion, BigDecimal>> scores = new HashMap<>();
		jdbc.sql("select * from acp_score where province_code = ?").param(code).query(rs -> {
			scores.computeIfAbsent(rs.getString("project_id"), id -> new EnumMap<>(Criterion.class))
				.put(Criterion.valueOf(rs.getString("criterion")), rs.getBigDecimal("score"));
		});
		java.util.Set<String> ids = new java.util.HashSet<>(settings.keySet());
		ids.addAll(lines.keySet());
		ids.addAll(splits.keySet());
		ids.addAll(scores.keySet());
		Map<String, ProjectBudget> result = new HashMap<>();
		for (String id : ids) {
			result.put(id, new ProjectBudget(id, settings.getOrDefault(id, ProjectSettings.DEFAULT),
					new BudgetSheet(lines.getOrDefault(id, Map.of()), splits.getOrDefault(id, Map.of())),
					scores.getOrDefault(id, Map.of()), versions.getOrDefault(id, 0)));
		}
		return result;
	}

	void replaceSheet(ProvinceCode province, String projectId, BudgetSheet sheet) {
		jdbc.sql("delete from acp_budget_line where project_id = ?").param(projectId).update();
		jdbc.sql("delete from acp_funding_split where project_id = ?").param(projectId).update();
		sheet.lines().forEach((year, row) -> row.forEach((category, amount) -> {
			if (amount.satang() != 0) {
				jdbc.sql("""
						insert into acp_budget_line (project_id, province_code, fiscal_year, category_code, amount_satang)
						values (?, ?, ?, ?, ?)""")
					.params(projectId, province.value(), year.buddhistYear(), category, amount.satang()).update();
			}
		}));
		int order = 0;
		for (Map.Entry<String, Baht> part : sheet.split().entrySet()) {
			if (part.getValue().satang() != 0) {
				jdbc.sql("""
						insert into acp_funding_split (project_id, province_code, source_code, amount_satang, sort_order)
						values (?, ?, ?, ?, ?)""")
					.params(projectId, province.value(), part.getKey(), part.getValue().satang(), order++).update();
			}
		}
	}

	void saveSettings(ProvinceCode province, String projectId, ProjectSettings settings, int version) {
		boolean exists = jdbc.sql("select count(*) from acp_project where project_id = ?").param(projectId)
			.query(Long.class).single() > 0;
		if (!exists) {
			if (version != 0) {
				throw new OptimisticLockingFailureException("project settings " + projectId + " changed");
			}
			jdbc.sql("""
					insert into acp_project (project_id, province_code, project_type, mandatory, exclusive_group,
					depends_on, max_shift_years, version) values (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(projectId, province.value(), settings.type() == null ? null : settings.type().name(),
						settings.mandatory(), settings.exclusiveGroup(), settings.dependsOn(), settings.maxShiftYears())
				.update();
			return;
		}
		int updated = jdbc.sql("""
				update acp_project set project_type = ?, mandatory = ?, exclusive_group = ?, depends_on = ?,
				max_shift_years = ?, version = version + 1 where project_id = ? and province_code = ? and version = ?""")
			.params(settings.type() == null ? null : settings.type().name(), settings.mandatory(),
					settings.exclusiveGroup(), settings.dependsOn(), settings.maxShiftYears(), projectId,
					province.value(), version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("project settings " + projectId + " changed");
		}
	}

	void replaceScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores) {
		jdbc.sql("delete from acp_score where project_id = ?").param(projectId).update();
		scores.forEach((criterion, score) -> setScore(province, projectId, criterion, score));
	}

	void setScore(ProvinceCode province, String projectId, Criterion criterion, BigDecimal score) {
		jdbc.sql("delete from acp_score where project_id = ? and criterion = ?").params(projectId, criterion.name())
			.update();
		if (score != null) {
			jdbc.sql("insert into acp_score (project_id, province_code, criterion, score) values (?, ?, ?, ?)")
				.params(projectId, province.value(), criterion.name(), score).update();
		}
	}
}
