package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;

/** Finding items in a loaded plan, so a write looks each item up once, in the plan it already holds. */
final class PlanItems {

	private PlanItems() {
	}

	static Optional<Goal> goal(PlanDocument document, ItemId id) {
		return document.goals().stream().filter(goal -> goal.id().equals(id)).findFirst();
	}

	static Optional<Strategy> strategy(PlanDocument document, ItemId id) {
		return document.strategies().filter(strategy -> strategy.id().equals(id)).findFirst();
	}

	static Optional<Project> project(PlanDocument document, ItemId id) {
		return document.projects().filter(project -> project.id().equals(id)).findFirst();
	}

	static Optional<Kpi> kpi(PlanDocument document, ItemId id) {
		return document.kpis().stream().filter(kpi -> kpi.id().equals(id)).findFirst();
	}

	/** Whether any item of the plan has this id. */
	static boolean contains(PlanDocument document, ItemId id) {
		return goal(document, id).isPresent() || strategy(document, id).isPresent()
				|| project(document, id).isPresent() || kpi(document, id).isPresent();
	}

	/**
	 * The projects that leave the plan when the item is deleted (a strategy takes its projects, a goal those of
	 * all its strategies); empty when the item is not in the plan.
	 */
	static Optional<List<Project>> projectsGoingWith(PlanDocument document, ItemKind kind, ItemId id) {
		return switch (kind) {
			case GOAL -> goal(document, id).map(goal -> goal.strategies().stream()
				.flatMap(strategy -> strategy.projects().stream()).toList());
			case STRATEGY -> strategy(document, id).map(Strategy::projects);
			case PROJECT -> project(document, id).map(List::of);
			case KPI -> kpi(document, id).map(kpi -> List.<Project>of());
		};
	}

	/** Every project with the strategy it sits under. */
	static Stream<Placed> placedProjects(PlanDocument document) {
		return document.strategies().flatMap(strategy -> strategy.projects().stream()
			.map(project -> new Placed(strategy.id(), project)));
	}

	/** Audit snapshots of a goal or strategy leave out the subtree: that is audited item by item. */
	static Goal withoutChildren(Goal goal) {
		return new Goal(goal.id(), goal.dimension(), goal.title(), goal.description(), List.of(), goal.alignment(),
				goal.titleEn());
	}

	static Strategy withoutChildren(Strategy strategy) {
		return new Strategy(strategy.id(), strategy.title(), strategy.description(), List.of(), strategy.alignment(),
				strategy.titleEn());
	}

	/** A project where it sits: moving it to another strategy is a change too. */
	record Placed(ItemId strategyId, Project project) {
	}
}
