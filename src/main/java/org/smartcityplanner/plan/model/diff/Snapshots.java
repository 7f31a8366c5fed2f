package org.smartcityplanner.plan.model.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;

/**
 * Flattens a plan document into snapshots: the plan, its sections, then goals, strategies, projects and KPIs,
 * each kind in document order.
 */
final class Snapshots {

	/** Every component of {@link PlanSections}, in declaration order. */
	static final Map<String, Function<PlanSections, String>> SECTIONS = sections();

	private final PlanDocument plan;
	/** Titles of goals, strategies and projects by id, to show parents and KPI owners by name. */
	private final Map<ItemId, String> labels = new HashMap<>();

	private Snapshots(PlanDocument plan) {
		this.plan = plan;
		plan.goals().forEach(goal -> labels.putIfAbsent(goal.id(), goal.title()));
		plan.strategies().forEach(strategy -> labels.putIfAbsent(strategy.id(), strategy.title()));
		plan.projects().forEach(project -> labels.putIfAbsent(project.id(), project.name()));
	}

	static List<Snapshot> of(PlanDocument plan) {
		return new Snapshots(plan).all();
	}

	private List<Snapshot> all() {
		List<Snapshot> snapshots = new ArrayList<>();
		snapshots.add(planItself());
		PlanSections sections = plan.sections() == null ? PlanSections.EMPTY : plan.sections();
		SECTIONS.forEach((name, text) -> snapshots.add(new Snapshot(ItemChange.SECTION, name, name,
				Map.of("text", Snapshot.Value.of(Render.text(text.apply(sections)))))));
		for (Goal goal : plan.goals()) {
			snapshots.add(goal(goal));
		}
		for (Goal goal : plan.goals()) {
			goal.strategies().forEach(strategy -> snapshots.add(strategy(strategy, goal)));
		}
		plan.strategies()
			.forEach(strategy -> strategy.projects().forEach(project -> snapshots.add(project(project, strategy))));
		plan.kpis().forEach(kpi -> snapshots.add(kpi(kpi)));
		return snapshots;
	}

	private Snapshot planItself() {
		Map<String, Snapshot.Value> fields = new LinkedHashMap<>();
		fields.put("title", Snapshot.Value.of(Render.text(plan.title())));
		fields.put("titleEn", Snapshot.Value.of(Render.text(plan.titleEn())));
		fields.put("vision", Snapshot.Value.of(Render.text(plan.vision())));
		fields.put("missions", Snapshot.Value.of(Render.list(plan.missions())));
		fields.put("period", Snapshot.Value.of(Render.period(plan.period())));
		return new Snapshot(ItemChange.PLAN, ItemChange.PLAN_ID, plan.title(), fields);
	}

	private static Snapshot goal(Goal goal) {
		Map<String, Snapshot.Value> fields = new LinkedHashMap<>();
		fields.put("dimension", Snapshot.Value.of(Render.text(goal.dimension())));
		fields.put("title", Snapshot.Value.of(Render.text(goal.title())));
		fields.put("titleEn", Snapshot.Value.of(Render.text(goal.titleEn())));
		fields.put("description", Snapshot.Value.of(Render.text(goal.description())));
		putAlignment(fields, goal.alignment());
		return new Snapshot(ItemChange.GOAL, goal.id().value(), goal.title(), fields);
	}

	private Snapshot strategy(Strategy strategy, Goal goal) {
		Map<String, Snapshot.Value> fields = new LinkedHashMap<>();
		fields.put("goal", parent(goal.id()));
		fields.put("title", Snapshot.Value.of(Render.text(strategy.title())));
		fields.put("titleEn", Snapshot.Value.of(Render.text(strategy.titleEn())));
		fields.put("description", Snapshot.Value.of(Render.text(strategy.description())));
		putAlignment(fields, strategy.alignment());
		return new Snapshot(ItemChange.STRATEGY, strategy.id().value(), strategy.title(), fields);
	}

	private Snapshot project(Project project, Strategy strategy) {
		Map<String, Snapshot.Value> fields = new LinkedHashMap<>();
		fields.put("strategy", parent(strategy.id()));
		fields.put("name", Snapshot.Value.of(Render.text(project.name())));
		fields.put("nameEn", Snapshot.Value.of(Render.text(project.nameEn())));
		fields.put("rationale", Snapshot.Value.of(Render.text(project.rationale())));
		fields.put("objectives", Snapshot.Value.of(Render.text(project.objectives())));
		fields.put("targetAreas", Snapshot.Value.of(Render.sorted(project.targetAreaIds())));
		fields.put("leadAgency", Snapshot.Value.of(Render.text(project.leadAgency())));
		fields.put("partners", Snapshot.Value.of(Render.list(project.partners())));
		fields.put("startYear", Snapshot.Value.of(Render.year(project.startYear())));
		fields.put("endYear", Snapshot.Value.of(Render.year(project.endYear())));
		fields.put("budget", Snapshot.Value.of(Render.budget(project.budget())));
		fields.put("estimatedTotal", Snapshot.Value.of(Render.baht(project.estimatedTotal())));
		fields.put("outputs", Snapshot.Value.of(Render.text(project.outputs())));
		fields.put("outcomes", Snapshot.Value.of(Render.text(project.outcomes())));
		putAlignment(fields, project.alignment());
		return new Snapshot(ItemChange.PROJECT, project.id().value(), project.name(), fields);
	}

	private Snapshot kpi(Kpi kpi) {
		Baseline baseline = kpi.baseline() == null ? new Baseline(null, null, null) : kpi.baseline();
		Map<String, Snapshot.Value> fields = new LinkedHashMap<>();
		fields.put("owner", parent(kpi.ownerId()));
		fields.put("indicatorCode", Snapshot.Value.of(Render.text(kpi.indicatorCode())));
		fields.put("name", Snapshot.Value.of(Render.text(kpi.name())));
		fields.put("nameEn", Snapshot.Value.of(Render.text(kpi.nameEn())));
		fields.put("unit", Snapshot.Value.of(Render.text(kpi.unit())));
		fields.put("baselineValue", Snapshot.Value.of(Render.number(baseline.value())));
		fields.put("baselineYear", Snapshot.Value.of(Render.year(baseline.year())));
		fields.put("baselineSource", Snapshot.Value.of(Render.text(baseline.source())));
		fields.put("targets", Snapshot.Value.of(Render.targets(kpi.targets())));
		return new Snapshot(ItemChange.KPI, kpi.id().value(), kpi.name(), fields);
	}

	/** A parent shown by its title but compared by id, so renaming the parent does not move its children. */
	private Snapshot.Value parent(ItemId id) {
		return id == null ? Snapshot.Value.of("") : new Snapshot.Value(labels.getOrDefault(id, id.value()), id.value());
	}

	private static void putAlignment(Map<String, Snapshot.Value> fields, Alignment alignment) {
		Alignment codes = alignment == null ? Alignment.NONE : alignment;
		fields.put("alignment.nationalStrategies", Snapshot.Value.of(Render.sorted(codes.nationalStrategies())));
		fields.put("alignment.masterPlans", Snapshot.Value.of(Render.sorted(codes.masterPlans())));
		fields.put("alignment.milestones", Snapshot.Value.of(Render.sorted(codes.milestones())));
		fields.put("alignment.sdgs", Snapshot.Value.of(Render.sorted(codes.sdgs())));
		fields.put("alignment.provincialStrategies", Snapshot.Value.of(Render.sorted(codes.provincialStrategies())));
		fields.put("alignment.thailand40", Snapshot.Value.of(Render.sorted(codes.thailand40())));
	}

	private static Map<String, Function<PlanSections, String>> sections() {
		Map<String, Function<PlanSections, String>> sections = new LinkedHashMap<>();
		sections.put("digitalInfrastructure", PlanSections::digitalInfrastructure);
		sections.put("dataSources", PlanSections::dataSources);
		sections.put("dataOpenness", PlanSections::dataOpenness);
		sections.put("dataSecurity", PlanSections::dataSecurity);
		sections.put("dataSharing", PlanSections::dataSharing);
		sections.put("governanceBody", PlanSections::governanceBody);
		sections.put("roles", PlanSections::roles);
		sections.put("financing", PlanSections::financing);
		sections.put("monitoring", PlanSections::monitoring);
		return Collections.unmodifiableMap(sections);
	}
}
