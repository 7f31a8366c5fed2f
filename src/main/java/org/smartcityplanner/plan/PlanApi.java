package org.smartcityplanner.plan;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The master plan of a province: read it whole, change it item by item, save named versions, export and
 * import it. Every change is audited. Methods that take a {@code version} refuse (with
 * {@link org.springframework.dao.OptimisticLockingFailureException}) to overwrite a change someone else saved
 * since that version was read; invalid input is an {@link IllegalArgumentException} with the reason.
 */
public interface PlanApi {

	/** The province's plan, if one was started. */
	Optional<LoadedPlan> plan(ProvinceCode province);

	/** Starts the province's plan. */
	LoadedPlan startPlan(ProvinceCode province, String title, PlanPeriod period);

	void updateOverview(ProvinceCode province, int version, String title, PlanPeriod period, String vision,
			List<String> missions);

	void updateSections(ProvinceCode province, int version, PlanSections sections);

	void changeStatus(ProvinceCode province, int version, PlanStatus target);

	ItemId addGoal(ProvinceCode province, Goal goal);

	void updateGoal(ProvinceCode province, Goal goal, int version);

	ItemId addStrategy(ProvinceCode province, ItemId goalId, Strategy strategy);

	void updateStrategy(ProvinceCode province, Strategy strategy, int version);

	ItemId addProject(ProvinceCode province, ItemId strategyId, Project project);

	void updateProject(ProvinceCode province, ItemId strategyId, Project project, int version);

	ItemId addKpi(ProvinceCode province, Kpi kpi);

	void updateKpi(ProvinceCode province, Kpi kpi, int version);

	/** Deletes an item with everything below it. */
	void deleteItem(ProvinceCode province, ItemKind kind, ItemId id, int version);

	/** The approval flow so far, newest first: who moved the plan to which status, and when. */
	List<StatusChange> statusHistory(ProvinceCode province);

	/** Saves the plan as it is now under a name. */
	PlanVersionSummary saveVersion(ProvinceCode province, String name);

	/** Saved versions, newest first. */
	List<PlanVersionSummary> versions(ProvinceCode province);

	/** One saved version's document. */
	Optional<PlanDocument> version(ProvinceCode province, long versionId);

	/** Replaces every item of the province's plan with those of {@code document}, keeping their ids. */
	void importDocument(ProvinceCode province, PlanDocument document);
}
