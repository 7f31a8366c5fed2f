package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
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
import org.smartcityplanner.plan.model.PlanRules;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The plan's use cases. Every write loads the plan once, passes the read-only guard
 * ({@link PlanHeader#requireEditable()}), validates with {@link PlanRules} and the province's own ids, acts
 * through the stores, then audits and publishes its events (see {@link PlanChanges}).
 */
@Service
@Transactional
class PlanService implements PlanUseCases {

	private final PlanHeaderStore headers;
	private final PlanItemStore items;
	private final PlanDocumentLoader loader;
	private final PlanVersionStore versions;
	private final PlanCache cache;
	private final PlanChanges changes;
	private final ForeignIds foreignIds;
	private final PlanStatusFlow statusFlow;
	private final PlanImport imports;

	PlanService(PlanHeaderStore headers, PlanItemStore items, PlanDocumentLoader loader, PlanVersionStore versions,
			PlanCache cache, PlanChanges changes, ForeignIds foreignIds, PlanStatusFlow statusFlow,
			PlanImport imports) {
		this.headers = headers;
		this.items = items;
		this.loader = loader;
		this.versions = versions;
		this.cache = cache;
		this.changes = changes;
		this.foreignIds = foreignIds;
		this.statusFlow = statusFlow;
		this.imports = imports;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LoadedPlan> plan(ProvinceCode province) {
		// Inside a writing transaction the plan may hold this transaction's own uncommitted changes, which must
		// never reach the cache (they would outlive a rollback): read it afresh there.
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return headers.ofProvince(province).map(loader::load);
		}
		return headers.withRevision(province).map(header -> cache.get(header, () -> loader.load(header.header())));
	}

	@Override
	public LoadedPlan startPlan(ProvinceCode province, String title, PlanPeriod period) {
		return imports.start(province, title, period);
	}

	@Override
	public void updateOverview(ProvinceCode province, int version, String title, String titleEn, PlanPeriod period,
			String vision, List<String> missions) {
		LoadedPlan plan = editable(province);
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("plan.rule.planTitle");
		}
		String cleanVision = vision == null ? "" : vision.trim();
		PlanDocument before = plan.document();
		String cleanTitleEn = titleEn == null ? "" : titleEn.strip();
		PlanRules.checkDocument(new PlanDocument(province.value(), title, period, cleanVision, missions,
				before.goals(), before.kpis(), before.sections(), cleanTitleEn));
		headers.updateOverview(plan.header().planId(), version, title.trim(), cleanTitleEn, period, cleanVision,
				missions, changes.actor());
		changes.audit(province, "plan", String.valueOf(plan.header().planId()), "updated",
				new Overview(before.title(), before.titleEn(), before.period(), before.vision(), before.missions()),
				new Overview(title.trim(), cleanTitleEn, period, cleanVision, missions));
	}

	@Override
	public void updateSections(ProvinceCode province, int version, PlanSections sections) {
		PlanHeader before = editable(province).header();
		headers.updateSections(before.planId(), version, sections, changes.actor());
		changes.audit(province, "plan-sections", String.valueOf(before.planId()), "updated", before.sections(),
				sections);
	}

	@Override
	public void changeStatus(ProvinceCode province, int version, PlanStatus target) {
		statusFlow.changeStatus(province, version, target);
	}

	@Override
	public void reopen(ProvinceCode province, int version, String snapshotName) {
		statusFlow.reopen(province, version, snapshotName);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canReopen(ProvinceCode province) {
		return statusFlow.canReopen(province);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<PlanStatus> nextSteps(ProvinceCode province) {
		return statusFlow.stepsFor(province);
	}

	@Override
	public ItemId addGoal(ProvinceCode province, Goal goal) {
		LoadedPlan plan = editable(province);
		PlanRules.checkGoal(goal);
		requireNewId(plan, goal.id());
		items.insertGoal(plan.header().planId(), goal, plan.document().goals().size());
		changes.audit(province, "plan-goal", goal.id().value(), "created", null, goal);
		return goal.id();
	}

	@Override
	public void updateGoal(ProvinceCode province, Goal goal, int version) {
		LoadedPlan plan = editable(province);
		PlanRules.checkGoal(goal);
		Goal before = PlanItems.goal(plan.document(), goal.id()).orElseThrow(() -> notHere("goalId", goal.id()));
		items.updateGoal(plan.header().planId(), goal, version);
		changes.audit(province, "plan-goal", goal.id().value(), "updated", PlanItems.withoutChildren(before),
				PlanItems.withoutChildren(goal));
	}

	@Override
	public ItemId addStrategy(ProvinceCode province, ItemId goalId, Strategy strategy) {
		LoadedPlan plan = editable(province);
		PlanRules.checkStrategy(strategy);
		Goal goal = PlanItems.goal(plan.document(), goalId).orElseThrow(() -> notHere("goalId", goalId));
		requireNewId(plan, strategy.id());
		items.insertStrategy(plan.header().planId(), goalId, strategy, goal.strategies().size());
		changes.audit(province, "plan-strategy", strategy.id().value(), "created", null, strategy);
		return strategy.id();
	}

	@Override
	public void updateStrategy(ProvinceCode province, Strategy strategy, int version) {
		LoadedPlan plan = editable(province);
		PlanRules.checkStrategy(strategy);
		Strategy before = PlanItems.strategy(plan.document(), strategy.id())
			.orElseThrow(() -> notHere("strategyId", strategy.id()));
		items.updateStrategy(plan.header().planId(), strategy, version);
		changes.audit(province, "plan-strategy", strategy.id().value(), "updated", PlanItems.withoutChildren(before),
				PlanItems.withoutChildren(strategy));
	}

	@Override
	public ItemId addProject(ProvinceCode province, ItemId strategyId, Project project) {
		LoadedPlan plan = editable(province);
		PlanRules.checkProject(project, plan.header().period());
		Strategy strategy = PlanItems.strategy(plan.document(), strategyId)
			.orElseThrow(() -> notHere("strategyId", strategyId));
		foreignIds.requireOwnAreas(province, List.of(project));
		requireNewId(plan, project.id());
		items.insertProject(plan.header().planId(), strategyId, project, strategy.projects().size());
		changes.audit(province, "plan-project", project.id().value(), "created", null, project);
		changes.publish(new ProjectAdded(province, project.id(), project.name()));
		return project.id();
	}

	@Override
	public void updateProject(ProvinceCode province, ItemId strategyId, Project project, int version) {
		LoadedPlan plan = editable(province);
		PlanRules.checkProject(project, plan.header().period());
		Project before = PlanItems.project(plan.document(), project.id())
			.orElseThrow(() -> notHere("projectId", project.id()));
		PlanItems.strategy(plan.document(), strategyId).orElseThrow(() -> notHere("strategyId", strategyId));
		foreignIds.requireOwnAreas(province, List.of(project));
		items.updateProject(plan.header().planId(), strategyId, project, version);
		changes.audit(province, "plan-project", project.id().value(), "updated", before, project);
		changes.publish(new ProjectChanged(province, project.id(), project.name()));
	}

	@Override
	public ItemId addKpi(ProvinceCode province, Kpi kpi) {
		LoadedPlan plan = editable(province);
		PlanRules.checkKpi(kpi, plan.header().period());
		requireOwner(plan.document(), kpi.ownerId());
		requireNewId(plan, kpi.id());
		items.insertKpi(plan.header().planId(), kpi, plan.document().kpis().size());
		changes.audit(province, "plan-kpi", kpi.id().value(), "created", null, kpi);
		return kpi.id();
	}

	@Override
	public void updateKpi(ProvinceCode province, Kpi kpi, int version) {
		LoadedPlan plan = editable(province);
		PlanRules.checkKpi(kpi, plan.header().period());
		Kpi before = PlanItems.kpi(plan.document(), kpi.id()).orElseThrow(() -> notHere("kpiId", kpi.id()));
		requireOwner(plan.document(), kpi.ownerId());
		items.updateKpi(plan.header().planId(), kpi, version);
		changes.audit(province, "plan-kpi", kpi.id().value(), "updated", before, kpi);
	}

	@Override
	public void deleteItem(ProvinceCode province, ItemKind kind, ItemId id, int version) {
		LoadedPlan plan = editable(province);
		// found first, so a failing delete below can only mean someone else changed the item meanwhile
		List<Project> going = PlanItems.projectsGoingWith(plan.document(), kind, id)
			.orElseThrow(() -> notHere("itemId", id));
		items.delete(plan.header().planId(), ItemTables.of(kind), id, version);
		changes.audit(province, "plan-" + kind.name().toLowerCase(), id.value(), "deleted", id.value(), null);
		going.forEach(project -> changes.publish(new ProjectRemoved(province, project.id())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatusChange> statusHistory(ProvinceCode province) {
		return headers.ofProvince(province).map(header -> headers.statusHistory(header.planId())).orElse(List.of());
	}

	@Override
	public PlanVersionSummary saveVersion(ProvinceCode province, String name) {
		// allowed in every status: saving an approved plan is how the book of the approved plan is printed
		LoadedPlan plan = existing(province);
		return statusFlow.saveVersion(plan, name);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanVersionSummary> versions(ProvinceCode province) {
		return headers.ofProvince(province).map(header -> versions.list(header.planId())).orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanDocument> version(ProvinceCode province, long versionId) {
		return headers.ofProvince(province).flatMap(header -> versions.document(header.planId(), versionId));
	}

	@Override
	public void importDocument(ProvinceCode province, PlanDocument document) {
		imports.importDocument(province, document);
	}

	private LoadedPlan existing(ProvinceCode province) {
		return headers.ofProvince(province).map(loader::load)
			.orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
	}

	private LoadedPlan editable(ProvinceCode province) {
		LoadedPlan plan = existing(province);
		plan.header().requireEditable();
		return plan;
	}

	/** A new item's id must be new here and not taken by another province's item. */
	private void requireNewId(LoadedPlan plan, ItemId id) {
		if (PlanItems.contains(plan.document(), id)) {
			throw new InvalidInputException("plan.rule.duplicateId", id.value());
		}
		foreignIds.requireNotElsewhere(plan.header().planId(), List.of(id), "id");
	}

	private static void requireOwner(PlanDocument document, ItemId owner) {
		boolean exists = Stream.concat(document.goals().stream().map(Goal::id), document.projects().map(Project::id))
			.anyMatch(owner::equals);
		if (!exists) {
			throw notHere("ownerId", owner);
		}
	}

	private static NotInProvinceException notHere(String field, ItemId id) {
		return new NotInProvinceException(field, id == null ? null : id.value());
	}

	/** The overview fields as audited before and after a change. */
	record Overview(String title, String titleEn, PlanPeriod period, String vision, List<String> missions) {
	}
}
