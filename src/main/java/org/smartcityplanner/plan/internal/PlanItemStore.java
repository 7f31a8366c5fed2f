package org.smartcityplanner.plan.internal;

import java.util.Map;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes plan items. Each item row carries its own version: an update names the version the editor started
 * from and fails when someone saved in between. Child rows (budget years, targets, alignment) are replaced
 * with their item.
 */
@Component
class PlanItemStore {

	private final JdbcClient jdbc;

	PlanItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertGoal(long planId, Goal goal, int sortOrder) {
		touch(planId);
		jdbc.sql("""
				insert into pln_goal (id, plan_id, dimension, title, description, sort_order, version, title_en)
				values (?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(goal.id().value(), planId, goal.dimension(), goal.title(), goal.description(), sortOrder,
					goal.titleEn()).update();
		replaceAlignment(planId, goal.id(), goal.alignment());
	}

	void updateGoal(long planId, Goal goal, int version) {
		touch(planId);
		expectOne(jdbc.sql("""
				update pln_goal set dimension = ?, title = ?, description = ?, title_en = ?, version = version + 1
				where id = ? and plan_id = ? and version = ?""")
			.params(goal.dimension(), goal.title(), goal.description(), goal.titleEn(), goal.id().value(), planId,
					version).update(),
				goal.id());
		replaceAlignment(planId, goal.id(), goal.alignment());
	}

	void insertStrategy(long planId, ItemId goalId, Strategy strategy, int sortOrder) {
		touch(planId);
		jdbc.sql("""
				insert into pln_strategy (id, plan_id, goal_id, title, description, sort_order, version, title_en)
				values (?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(strategy.id().value(), planId, goalId.value(), strategy.title(), strategy.description(), sortOrder,
					strategy.titleEn())
			.update();
		replaceAlignment(planId, strategy.id(), strategy.alignment());
	}

	void updateStrategy(long planId, Strategy strategy, int version) {
		touch(planId);
		expectOne(jdbc.sql("""
				update pln_strategy set title = ?, description = ?, title_en = ?, version = version + 1
				where id = ? and plan_id = ? and version = ?""")
			.params(strategy.title(), strategy.description(), strategy.titleEn(), strategy.id().value(), planId,
					version).update(),
				strategy.id());
		replaceAlignment(planId, strategy.id(), strategy.alignment());
	}

	void insertProject(long planId, ItemId strategyId, Project project, int sortOrder) {
		touch(planId);
		jdbc.sql("""
				insert into pln_project (id, plan_id, strategy_id, name, rationale, objectives, target_area_ids,
				lead_agency, partners, start_year, end_year, estimated_total_satang, outputs, outcomes, sort_order,
				version, name_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(project.id().value(), planId, strategyId.value(), project.name(), project.rationale(),
					project.objectives(), PlanRows.ids(project.targetAreaIds()), project.leadAgency(),
					PlanRows.lines(project.partners()), PlanRows.year(project.startYear()),
					PlanRows.year(project.endYear()),
					project.estimatedTotal() == null ? null : project.estimatedTotal().satang(), project.outputs(),
					project.outcomes(), sortOrder, project.nameEn())
			.update();
		replaceBudget(planId, project);
		replaceAlignment(planId, project.id(), project.alignment());
	}

	void updateProject(long planId, ItemId strategyId, Project project, int version) {
		touch(planId);
		expectOne(jdbc.sql("""
				update pln_project set strategy_id = ?, name = ?, rationale = ?, objectives = ?, target_area_ids = ?,
				lead_agency = ?, partners = ?, start_year = ?, end_year = ?, estimated_total_satang = ?, outputs = ?,
				outcomes = ?, name_en = ?, version = version + 1 where id = ? and plan_id = ? and version = ?""")
			.params(strategyId.value(), project.name(), project.rationale(), project.objectives(),
					PlanRows.ids(project.targetAreaIds()), project.leadAgency(), PlanRows.lines(project.partners()),
					PlanRows.year(project.startYear()), PlanRows.year(project.endYear()),
					project.estimatedTotal() == null ? null : project.estimatedTotal().satang(), project.outputs(),
					project.outcomes(), project.nameEn(), project.id().value(), planId, version)
			.update(), project.id());
		replaceBudget(planId, project);
		replaceAlignment(planId, project.id(), project.alignment());
	}

	void insertKpi(long planId, Kpi kpi, int sortOrder) {
		touch(planId);
		jdbc.sql("""
				insert into pln_kpi (id, plan_id, owner_id, indicator_code, name, unit, baseline_value, baseline_year,
				baseline_source, sort_order, version, name_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(kpi.id().value(), planId, kpi.ownerId().value(), kpi.indicatorCode(), kpi.name(), kpi.unit(),
					kpi.baseline() == null ? null : kpi.baseline().value(),
					kpi.baseline() == null ? null : PlanRows.year(kpi.baseline().year()),
					kpi.baseline() == null ? null : kpi.baseline().source(), sortOrder, kpi.nameEn())
			.update();
		replaceTargets(planId, kpi);
	}

	void updateKpi(long planId, Kpi kpi, int version) {
		touch(planId);
		expectOne(jdbc.sql("""
				update pln_kpi set owner_id = ?, indicator_code = ?, name = ?, unit = ?, baseline_value = ?,
				baseline_year = ?, baseline_source = ?, name_en = ?, version = version + 1
				where id = ? and plan_id = ? and version = ?""")
			.params(kpi.ownerId().value(), kpi.indicatorCode(), kpi.name(), kpi.unit(),
					kpi.baseline() == null ? null : kpi.baseline().value(),
					kpi.baseline() == null ? null : PlanRows.year(kpi.baseline().year()),
					kpi.baseline() == null ? null : kpi.baseline().source(), kpi.nameEn(), kpi.id().value(), planId,
					version)
			.update(), kpi.id());
		replaceTargets(planId, kpi);
	}

	/**
	 * Deletes an item and everything under it (strategies, projects, their KPIs and child rows).
	 *
	 * @param table one of pln_goal, pln_strategy, pln_project, pln_kpi
	 */
	void delete(long planId, String table, ItemId id, int version) {
		touch(planId);
		if (!Map.of("pln_goal", 1, "pln_strategy", 1, "pln_project", 1, "pln_kpi", 1).containsKey(table)) {
			throw new IllegalArgumentException("Not a plan item table: " + table);
		}
		// KPIs point at their owner by id only (the owner may be a goal or a project), so remove them first.
		jdbc.sql("""
				delete from pln_kpi where plan_id = :plan and (owner_id = :id
				or owner_id in (select id from pln_strategy where goal_id = :id)
				or owner_id in (select id from pln_project where strategy_id = :id)
				or owner_id in (select p.id from pln_project p join pln_strategy s on s.id = p.strategy_id
				                where s.goal_id = :id))""")
			.param("plan", planId).param("id", id.value()).update();
		expectOne(jdbc.sql("delete from " + table + " where id = ? and plan_id = ? and version = ?")
			.params(id.value(), planId, version).update(), id);
		// the item's own alignment rows and those of the strategies and projects that went with it
		jdbc.sql("delete from pln_alignment where plan_id = ? and item_id not in "
				+ "(select id from pln_goal union select id from pln_strategy union select id from pln_project)")
			.param(planId).update();
	}

	/** Removes every item of a plan (before an import replaces them). */
	void deleteAll(long planId) {
		touch(planId);
		for (String table : new String[] { "pln_alignment", "pln_kpi_target", "pln_kpi", "pln_project_budget",
				"pln_project", "pln_strategy", "pln_goal" }) {
			jdbc.sql("delete from " + table + " where plan_id = ?").param(planId).update();
		}
	}

	/**
	 * Raises the plan-wide revision in the same transaction as the change, so cached copies of the plan on every
	 * node see they are stale. Done first, so concurrent writers of one plan queue on its row in a fixed order.
	 */
	private void touch(long planId) {
		jdbc.sql("update pln_plan set revision = revision + 1 where id = ?").param(planId).update();
	}

	private void replaceAlignment(long planId, ItemId item, Alignment alignment) {
		jdbc.sql("delete from pln_alignment where item_id = ?").param(item.value()).update();
		for (String[] pair : PlanRows.pairs(alignment)) {
			jdbc.sql("insert into pln_alignment (item_id, plan_id, list_name, code) values (?, ?, ?, ?)")
				.params(item.value(), planId, pair[0], pair[1]).update();
		}
	}

	private void replaceBudget(long planId, Project project) {
		jdbc.sql("delete from pln_project_budget where project_id = ?").param(project.id().value()).update();
		project.budget().forEach((year, amount) -> jdbc.sql("""
				insert into pln_project_budget (project_id, plan_id, fiscal_year, amount_satang) values (?, ?, ?, ?)""")
			.params(project.id().value(), planId, year.buddhistYear(), amount.satang()).update());
	}

	private void replaceTargets(long planId, Kpi kpi) {
		jdbc.sql("delete from pln_kpi_target where kpi_id = ?").param(kpi.id().value()).update();
		kpi.targets().forEach((year, value) -> jdbc.sql("""
				insert into pln_kpi_target (kpi_id, plan_id, fiscal_year, target_value) values (?, ?, ?, ?)""")
			.params(kpi.id().value(), planId, year.buddhistYear(), value).update());
	}

	private static void expectOne(int updated, ItemId id) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Plan item " + id + " was changed or removed by someone else");
		}
	}
}
