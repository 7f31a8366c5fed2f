package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanVersionSummary;
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
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The plan's use cases: validate with {@link PlanRules}, write through the stores, audit every change with the
 * item before and after.
 */
@Service
@Transactional
class PlanService implements PlanApi {

	private final PlanHeaderStore headers;
	private final PlanItemStore items;
	private final PlanDocumentLoader loader;
	private final PlanVersionStore versions;
	private final AuditLog audit;
	private final PlanCache cache;

	PlanService(PlanHeaderStore headers, PlanItemStore items, PlanDocumentLoader loader, PlanVersionStore versions,
			AuditLog audit, PlanCache cache) {
		this.cache = cache;
		this.headers = headers;
		this.items = items;
		this.loader = loader;
		this.versions = versions;
		this.audit = audit;
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
		if (headers.ofProvince(province).isPresent()) {
			throw new InvalidInputException("plan.rule.alreadyStarted");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("plan.rule.planTitle");
		}
		headers.create(province, title.trim(), period, actor());
		LoadedPlan plan = plan(province).orElseThrow();
		record(province, "plan", String.valueOf(plan.header().planId()), "created", null, plan.header());
		return plan;
	}

	@Override
	public void updateOverview(ProvinceCode province, int version, String title, PlanPeriod period, String vision,
			List<String> missions) {
		LoadedPlan plan = existing(province);
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("plan.rule.planTitle");
		}
		PlanRules.checkDocument(new PlanDocument(province.value(), title, period, vision, missions,
				plan.document().goals(), plan.document().kpis(), plan.document().sections()));
		headers.updateOverview(plan.header().planId(), version, title.trim(), period, vision == null ? "" : vision.trim(),
				missions, actor());
		record(province, "plan", String.valueOf(plan.header().planId()), "updated", plan.header(),
				headers.ofProvince(province).orElseThrow());
	}

	@Override
	public void updateSections(ProvinceCode province, int version, PlanSections sections) {
		PlanHeader before = existing(province).header();
		headers.updateSections(before.planId(), version, sections, actor());
		record(province, "plan-sections", String.valueOf(before.planId()), "updated", before.sections(), sections);
	}

	@Override
	public void changeStatus(ProvinceCode province, int version, PlanStatus target) {
		PlanHeader before = existing(province).header();
		if (!before.status().canMoveTo(target)) {
			throw new InvalidInputException("plan.rule.statusFlow", before.status(), target);
		}
		headers.updateStatus(before.planId(), version, before.status(), target, actor());
		record(province, "plan", String.valueOf(before.planId()), "status-" + target.name().toLowerCase(),
				before.status(), target);
	}

	@Override
	public ItemId addGoal(ProvinceCode province, Goal goal) {
		LoadedPlan plan = existing(province);
		PlanRules.checkGoal(goal);
		items.insertGoal(plan.header().planId(), goal, plan.document().goals().size());
		record(province, "plan-goal", goal.id().value(), "created", null, goal);
		return goal.id();
	}

	@Override
	public void updateGoal(ProvinceCode province, Goal goal, int version) {
		LoadedPlan plan = existing(province);
		PlanRules.checkGoal(goal);
		Goal before = goalOf(plan, goal.id());
		items.updateGoal(plan.header().planId(), goal, version);
		record(province, "plan-goal", goal.id().value(), "updated", withoutChildren(before), withoutChildren(goal));
	}

	@Override
	public ItemId addStrategy(ProvinceCode province, ItemId goalId, Strategy strategy) {
		LoadedPlan plan = existing(province);
		PlanRules.checkStrategy(strategy);
		Goal goal = goalOf(plan, goalId);
		items.insertStrategy(plan.header().planId(), goalId, strategy, goal.strategies().size());
		record(province, "plan-strategy", strategy.id().value(), "created", null, strategy);
		return strategy.id();
	}

	@Override
	public void updateStrategy(ProvinceCode province, Strategy strategy, int version) {
		LoadedPlan plan = existing(province);
		PlanRules.checkStrategy(strategy);
		Strategy before = strategyOf(plan, strategy.id());
		items.updateStrategy(plan.header().planId(), strategy, version);
		record(province, "plan-strategy", strategy.id().value(), "updated", withoutChildren(before),
				withoutChildren(strategy));
	}

	@Override
	public ItemId addProject(ProvinceCode province, ItemId strategyId, Project project) {
		LoadedPlan plan = existing(province);
		PlanRules.checkProject(project, plan.header().period());
		Strategy strategy = strategyOf(plan, strategyId);
		items.insertProject(plan.header().planId(), strategyId, project, strategy.projects().size());
		record(province, "plan-project", project.id().value(), "created", null, project);
		return project.id();
	}

	@Override
	public void updateProject(ProvinceCode province, ItemId strategyId, Project project, int version) {
		LoadedPlan plan = existing(province);
		PlanRules.checkProject(project, plan.header().period());
		strategyOf(plan, strategyId);
		Project before = plan.document().projects().filter(p -> p.id().equals(project.id())).findFirst()
			.orElseThrow(() -> new InvalidInputException("plan.rule.itemMissing", project.id()));
		items.updateProject(plan.header().planId(), strategyId, project, version);
		record(province, "plan-project", project.id().value(), "updated", before, project);
	}

	@Override
	public ItemId addKpi(ProvinceCode province, Kpi kpi) {
		LoadedPlan plan = existing(province);
		PlanRules.checkKpi(kpi, plan.header().period());
		requireOwner(plan, kpi.ownerId());
		items.insertKpi(plan.header().planId(), kpi, plan.document().kpis().size());
		record(province, "plan-kpi", kpi.id().value(), "created", null, kpi);
		return kpi.id();
	}

	@Override
	public void updateKpi(ProvinceCode province, Kpi kpi, int version) {
		LoadedPlan plan = existing(province);
		PlanRules.checkKpi(kpi, plan.header().period());
		requireOwner(plan, kpi.ownerId());
		Kpi before = plan.document().kpis().stream().filter(k -> k.id().equals(kpi.id())).findFirst()
			.orElseThrow(() -> new InvalidInputException("plan.rule.itemMissing", kpi.id()));
		items.updateKpi(plan.header().planId(), kpi, version);
		record(province, "plan-kpi", kpi.id().value(), "updated", before, kpi);
	}

	@Override
	public void deleteItem(ProvinceCode province, ItemKind kind, ItemId id, int version) {
		LoadedPlan plan = existing(province);
		items.delete(plan.header().planId(), kind.table(), id, version);
		record(province, "plan-" + kind.name().toLowerCase(), id.value(), "deleted", id.value(), null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.smartcityplanner.plan.StatusChange> statusHistory(ProvinceCode province) {
		return headers.ofProvince(province).map(header -> headers.statusHistory(header.planId())).orElse(List.of());
	}

	@Override
	public PlanVersionSummary saveVersion(ProvinceCode province, String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInputException("plan.rule.versionName");
		}
		LoadedPlan plan = existing(province);
		PlanVersionSummary saved = versions.save(plan.header().planId(), name.trim(), plan.document(), actor());
		record(province, "plan-version", String.valueOf(saved.id()), "created", null, saved);
		return saved;
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
		if (!province.value().equals(document.provinceCode())) {
			throw new InvalidInputException("plan.rule.otherProvince", document.provinceCode());
		}
		PlanRules.checkDocument(document);
		LoadedPlan plan = headers.ofProvince(province).isPresent() ? existing(province)
				: startPlan(province, document.title(), document.period());
		long planId = plan.header().planId();
		headers.updateOverview(planId, plan.header().version(), document.title(), document.period(),
				document.vision(), document.missions(), actor());
		headers.updateSections(planId, plan.header().version() + 1, document.sections(), actor());
		items.deleteAll(planId);
		int goalOrder = 0;
		for (Goal goal : document.goals()) {
			items.insertGoal(planId, goal, goalOrder++);
			int strategyOrder = 0;
			for (Strategy strategy : goal.strategies()) {
				items.insertStrategy(planId, goal.id(), strategy, strategyOrder++);
				int projectOrder = 0;
				for (Project project : strategy.projects()) {
					items.insertProject(planId, strategy.id(), project, projectOrder++);
				}
			}
		}
		int kpiOrder = 0;
		for (Kpi kpi : document.kpis()) {
			items.insertKpi(planId, kpi, kpiOrder++);
		}
		record(province, "plan", String.valueOf(planId), "imported", null,
				"%d goals, %d KPIs".formatted(document.goals().size(), document.kpis().size()));
	}

	private LoadedPlan existing(ProvinceCode province) {
		return plan(province).orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
	}

	private static Goal goalOf(LoadedPlan plan, ItemId id) {
		return plan.document().goals().stream().filter(goal -> goal.id().equals(id)).findFirst()
			.orElseThrow(() -> new InvalidInputException("plan.rule.itemMissing", id));
	}

	private static Strategy strategyOf(LoadedPlan plan, ItemId id) {
		return plan.document().strategies().filter(strategy -> strategy.id().equals(id)).findFirst()
			.orElseThrow(() -> new InvalidInputException("plan.rule.itemMissing", id));
	}

	private static void requireOwner(LoadedPlan plan, ItemId owner) {
		boolean exists = plan.document().goals().stream().anyMatch(goal -> goal.id().equals(owner))
				|| plan.document().projects().anyMatch(project -> project.id().equals(owner));
		if (!exists) {
			throw new InvalidInputException("plan.rule.itemMissing", owner);
		}
	}

	/** Audit snapshots of a goal or strategy leave out the subtree: that is audited item by item. */
	private static Goal withoutChildren(Goal goal) {
		return new Goal(goal.id(), goal.dimension(), goal.title(), goal.description(), List.of(), goal.alignment());
	}

	private static Strategy withoutChildren(Strategy strategy) {
		return new Strategy(strategy.id(), strategy.title(), strategy.description(), List.of(), strategy.alignment());
	}

	private void record(ProvinceCode province, String type, String id, String action, Object before, Object after) {
		audit.record(new AuditChange(type, id, action, province, before, after));
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
