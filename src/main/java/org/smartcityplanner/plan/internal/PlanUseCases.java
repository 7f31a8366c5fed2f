package org.smartcityplanner.plan.internal;

import java.util.List;

import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanStatusChanged;
import org.smartcityplanner.plan.PlanVersionSaved;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.ProjectAdded;
import org.smartcityplanner.plan.ProjectChanged;
import org.smartcityplanner.plan.ProjectRemoved;
import org.smartcityplanner.plan.StatusChange;
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
 * What the plan module's own pages, REST API and demo seed do with a province's master plan, beyond the read-only
 * {@link PlanApi} other modules use: start it, change it item by item, move it along its approval flow, save named
 * versions and import a document. Internal to the module (Spring Modulith does not expose {@code internal}), so
 * these methods can change with the pages without touching any other module. Every change is audited. Methods that
 * take a {@code version} refuse (with {@link org.springframework.dao.OptimisticLockingFailureException}) to
 * overwrite a change someone else saved since that version was read; invalid input is an
 * {@link IllegalArgumentException} with the reason.
 * <p>
 * A submitted or approved plan is read-only: every change of its overview, chapters or items is refused with
 * {@code InvalidInputException("plan.rule.readOnly.<STATUS>")} until the plan goes back to review or is
 * {@linkplain #reopen reopened}. Ids the caller sends (items, owners, target areas) must be the province's own;
 * others are refused with {@link org.smartcityplanner.shared.NotInProvinceException} naming the field, and
 * nothing is stored. Changes publish {@link ProjectAdded}, {@link ProjectChanged}, {@link ProjectRemoved},
 * {@link PlanStatusChanged} and {@link PlanVersionSaved} in the writing transaction.
 */
public interface PlanUseCases extends PlanApi {

	/** Starts the province's plan. */
	LoadedPlan startPlan(ProvinceCode province, String title, PlanPeriod period);

	/** Changes the plan's title (Thai, and English for the English book: empty when not translated), period, vision and missions. */
	void updateOverview(ProvinceCode province, int version, String title, String titleEn, PlanPeriod period,
			String vision, List<String> missions);

	/** Changes the plan's written chapters. */
	void updateSections(ProvinceCode province, int version, PlanSections sections);

	/**
	 * Moves the plan along its approval flow ({@link PlanStatus#next()}). Leaving "approved" goes through
	 * {@link #reopen} instead.
	 */
	void changeStatus(ProvinceCode province, int version, PlanStatus target);

	/**
	 * Reopens an approved plan as a new draft, one revision up; audited. Saved versions stay as they are (the
	 * book of the approved plan is printed from one); when the plan differs from its newest saved version it is
	 * first saved as {@code snapshotName}, so the approved content stays reproducible.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException unless a coordinator or an admin asks
	 */
	void reopen(ProvinceCode province, int version, String snapshotName);

	/** Whether the signed-in user may {@linkplain #reopen reopen} the province's plan now. */
	boolean canReopen(ProvinceCode province);

	/**
	 * The status steps the signed-in user may take now: the flow's next steps, without "approved" unless they have
	 * an approver role and did not submit the plan themselves, and none out of "approved" (that is the reopen).
	 */
	java.util.Set<PlanStatus> nextSteps(ProvinceCode province);

	/** Adds a goal under one of the plan's smart dimensions. */
	ItemId addGoal(ProvinceCode province, Goal goal);

	/** Changes a goal of the plan. */
	void updateGoal(ProvinceCode province, Goal goal, int version);

	/** Adds a strategy under a goal of the plan. */
	ItemId addStrategy(ProvinceCode province, ItemId goalId, Strategy strategy);

	/** Changes a strategy of the plan. */
	void updateStrategy(ProvinceCode province, Strategy strategy, int version);

	/** Adds a project under a strategy of the plan; publishes {@link ProjectAdded}. */
	ItemId addProject(ProvinceCode province, ItemId strategyId, Project project);

	/** Changes a project, possibly moving it to another strategy; publishes {@link ProjectChanged}. */
	void updateProject(ProvinceCode province, ItemId strategyId, Project project, int version);

	/** Adds a KPI with its yearly targets. */
	ItemId addKpi(ProvinceCode province, Kpi kpi);

	/** Changes a KPI with its yearly targets. */
	void updateKpi(ProvinceCode province, Kpi kpi, int version);

	/**
	 * Deletes an item with everything below it.
	 *
	 * @throws org.smartcityplanner.shared.NotInProvinceException when the item is not in the province's plan
	 */
	void deleteItem(ProvinceCode province, ItemKind kind, ItemId id, int version);

	/** The approval flow so far, newest first: who moved the plan to which status, and when. */
	List<StatusChange> statusHistory(ProvinceCode province);

	/** Saves the plan as it is now under a name. */
	PlanVersionSummary saveVersion(ProvinceCode province, String name);

	/**
	 * Replaces every item of the province's plan with those of {@code document}, keeping their ids. Publishes
	 * {@link ProjectRemoved} for projects that are gone, {@link ProjectAdded} for new ones and
	 * {@link ProjectChanged} for kept ones whose sheet or strategy changed (unchanged ones publish nothing).
	 */
	void importDocument(ProvinceCode province, PlanDocument document);
}
