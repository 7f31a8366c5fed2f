package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStarted;
import org.smartcityplanner.plan.ProjectAdded;
import org.smartcityplanner.plan.ProjectChanged;
import org.smartcityplanner.plan.ProjectRemoved;
import org.smartcityplanner.plan.internal.PlanItems.Placed;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanRules;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * Starting a plan and importing a whole plan document over it. An import is checked completely (rules, the
 * read-only guard, every id the document carries) before the first row changes, so a refused import leaves the
 * plan as it was.
 */
@Component
class PlanImport {

	private final PlanHeaderStore headers;
	private final PlanItemStore items;
	private final PlanDocumentLoader loader;
	private final PlanChanges changes;
	private final ForeignIds foreignIds;

	PlanImport(PlanHeaderStore headers, PlanItemStore items, PlanDocumentLoader loader, PlanChanges changes,
			ForeignIds foreignIds) {
		this.headers = headers;
		this.items = items;
		this.loader = loader;
		this.changes = changes;
		this.foreignIds = foreignIds;
	}

	LoadedPlan start(ProvinceCode province, String title, PlanPeriod period) {
		if (headers.ofProvince(province).isPresent()) {
			throw new InvalidInputException("plan.rule.alreadyStarted");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("plan.rule.planTitle");
		}
		headers.create(province, title.trim(), period, changes.actor());
		PlanHeader header = headers.ofProvince(province).orElseThrow();
		changes.audit(province, "plan", String.valueOf(header.planId()), "created", null, header);
		changes.publish(new PlanStarted(province, header.planId(), changes.actor()));
		return loader.load(header);
	}

	void importDocument(ProvinceCode province, PlanDocument document) {
		if (!province.value().equals(document.provinceCode())) {
			throw new InvalidInputException("plan.rule.otherProvince", document.provinceCode());
		}
		PlanRules.checkDocument(document);
		LoadedPlan plan = headers.ofProvince(province).map(loader::load)
			.orElseGet(() -> start(province, document.title(), document.period()));
		plan.header().requireEditable();
		long planId = plan.header().planId();
		foreignIds.requireNotElsewhere(planId, document.goals().stream().map(Goal::id).toList(), "goals.id");
		foreignIds.requireNotElsewhere(planId, document.strategies().map(Strategy::id).toList(), "strategies.id");
		foreignIds.requireNotElsewhere(planId, document.projects().map(Project::id).toList(), "projects.id");
		foreignIds.requireNotElsewhere(planId, document.kpis().stream().map(Kpi::id).toList(), "kpis.id");
		foreignIds.requireOwnAreas(province, document.projects().toList());

		String actor = changes.actor();
		headers.updateOverview(planId, plan.header().version(), document.title(), document.titleEn(), document.period(),
				document.vision(), document.missions(), actor);
		headers.updateSections(planId, plan.header().version() + 1, document.sections(), actor);
		items.deleteAll(planId);
		insertAll(planId, document);
		changes.audit(province, "plan", String.valueOf(planId), "imported", null,
				"%d goals, %d KPIs".formatted(document.goals().size(), document.kpis().size()));
		publishProjectChanges(province, plan.document(), document);
	}

	private void insertAll(long planId, PlanDocument document) {
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
	}

	/**
	 * Removed for projects that are gone, Added for new ones, Changed for kept ones whose sheet or strategy
	 * differs; a project imported exactly as it was publishes nothing (listeners would have nothing to do).
	 */
	private void publishProjectChanges(ProvinceCode province, PlanDocument before, PlanDocument after) {
		Map<String, Placed> old = byId(before);
		Map<String, Placed> now = byId(after);
		old.keySet().stream().filter(id -> !now.containsKey(id))
			.forEach(id -> changes.publish(new ProjectRemoved(province, old.get(id).project().id())));
		now.forEach((id, placed) -> {
			Project project = placed.project();
			if (!old.containsKey(id)) {
				changes.publish(new ProjectAdded(province, project.id(), project.name()));
			}
			else if (!old.get(id).equals(placed)) {
				changes.publish(new ProjectChanged(province, project.id(), project.name()));
			}
		});
	}

	private static Map<String, Placed> byId(PlanDocument document) {
		List<Placed> placed = PlanItems.placedProjects(document).toList();
		return placed.stream().collect(Collectors.toMap(p -> p.project().id().value(), Function.identity(),
				(a, b) -> a, java.util.LinkedHashMap::new));
	}
}
