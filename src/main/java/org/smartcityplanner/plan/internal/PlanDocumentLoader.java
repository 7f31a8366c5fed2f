package org.smartcityplanner.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.Baht;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a whole plan in eight set-based queries (one per table), whatever its size, and assembles the
 * {@link PlanDocument}. Item versions come back alongside for the edit forms.
 */
@Component
class PlanDocumentLoader {

	private final JdbcClient jdbc;

	PlanDocumentLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LoadedPlan load(PlanHeader header) {
		long planId = header.planId();
		Map<String, Integer> versions = new HashMap<>();
		Map<String, Alignment> alignments = PlanRows.alignments(jdbc
			.sql("select item_id, list_name, code from pln_alignment where plan_id = ?").param(planId)
			.query((rs, row) -> new PlanRows.AlignmentRow(rs.getString(1), rs.getString(2), rs.getString(3))).list());
		Map<String, List<PlanRows.YearAmount>> budgets = jdbc
			.sql("select project_id, fiscal_year, amount_satang from pln_project_budget where plan_id = ?")
			.param(planId)
			.query((rs, row) -> new PlanRows.YearAmount(rs.getString(1), rs.getInt(2), rs.getLong(3))).list()
			.stream().collect(Collectors.groupingBy(PlanRows.YearAmount::itemId));
		Map<String, List<PlanRows.YearValue>> targets = jdbc
			.sql("select kpi_id, fiscal_year, target_value from pln_kpi_target where plan_id = ?").param(planId)
			.query((rs, row) -> new PlanRows.YearValue(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3))).list()
			.stream().collect(Collectors.groupingBy(PlanRows.YearValue::itemId));

		Map<String, List<Project>> projectsByStrategy = new LinkedHashMap<>();
		jdbc.sql("select * from pln_project where plan_id = ? order by sort_order, name").param(planId)
			.query((rs, row) -> {
				String id = rs.getString("id");
				versions.put(id, rs.getInt("version"));
				long estimated = rs.getLong("estimated_total_satang");
				Baht estimatedTotal = rs.wasNull() ? null : new Baht(estimated);
				Project project = new Project(PlanRows.itemId(rs, "id"), rs.getString("name"),
						rs.getString("rationale"), rs.getString("objectives"),
						PlanRows.ids(rs.getString("target_area_ids")), rs.getString("lead_agency"),
						PlanRows.lines(rs.getString("partners")), PlanRows.year(rs, "start_year"),
						PlanRows.year(rs, "end_year"), PlanRows.budgets(budgets.getOrDefault(id, List.of())),
						estimatedTotal, rs.getString("outputs"), rs.getString("outcomes"),
						alignments.getOrDefault(id, Alignment.NONE), rs.getString("name_en"));
				projectsByStrategy.computeIfAbsent(rs.getString("strategy_id"), key -> new ArrayList<>()).add(project);
				return project;
			}).list();

		Map<String, List<Strategy>> strategiesByGoal = new LinkedHashMap<>();
		jdbc.sql("select * from pln_strategy where plan_id = ? order by sort_order, title").param(planId)
			.query((rs, row) -> {
				String id = rs.getString("id");
				versions.put(id, rs.getInt("version"));
				Strategy strategy = new Strategy(PlanRows.itemId(rs, "id"), rs.getString("title"),
						rs.getString("description"), projectsByStrategy.getOrDefault(id, List.of()),
						alignments.getOrDefault(id, Alignment.NONE), rs.getString("title_en"));
				strategiesByGoal.computeIfAbsent(rs.getString("goal_id"), key -> new ArrayList<>()).add(strategy);
				return strategy;
			}).list();

		List<Goal> goals = jdbc.sql("select * from pln_goal where plan_id = ? order by sort_order, title")
			.param(planId).query((rs, row) -> {
				String id = rs.getString("id");
				versions.put(id, rs.getInt("version"));
				return new Goal(PlanRows.itemId(rs, "id"), rs.getString("dimension"), rs.getString("title"),
						rs.getString("description"), strategiesByGoal.getOrDefault(id, List.of()),
						alignments.getOrDefault(id, Alignment.NONE), rs.getString("title_en"));
			}).list();

		List<Kpi> kpis = jdbc.sql("select * from pln_kpi where plan_id = ? order by sort_order, name").param(planId)
			.query((rs, row) -> {
				String id = rs.getString("id");
				versions.put(id, rs.getInt("version"));
				var baselineValue = rs.getBigDecimal("baseline_value");
				var baselineYear = PlanRows.year(rs, "baseline_year");
				Baseline baseline = baselineValue == null && baselineYear == null ? null
						: new Baseline(baselineValue, baselineYear, rs.getString("baseline_source"));
				return new Kpi(PlanRows.itemId(rs, "id"), PlanRows.itemId(rs, "owner_id"),
						rs.getString("indicator_code"), rs.getString("name"), rs.getString("unit"), baseline,
						PlanRows.targets(targets.getOrDefault(id, List.of())), rs.getString("name_en"));
			}).list();

		PlanDocument document = new PlanDocument(header.province().value(), header.title(), header.period(),
				header.vision(), header.missions(), goals, kpis, header.sections(), header.titleEn());
		return new LoadedPlan(header, document, versions);
	}
}
