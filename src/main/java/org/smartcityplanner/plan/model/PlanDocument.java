package org.smartcityplanner.plan.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole master plan as one immutable document: what versions store, what export and import exchange, and
 * what the readiness check and the diff read.
 *
 * @param provinceCode the province
 * @param title plan title
 * @param period fiscal years covered
 * @param vision the vision statement
 * @param missions mission statements
 * @param goals goals of every dimension, with their strategies and projects
 * @param kpis KPIs of goals and projects
 * @param sections the committee's required chapters
 */
public record PlanDocument(String provinceCode, String title, PlanPeriod period, String vision, List<String> missions,
		List<Goal> goals, List<Kpi> kpis, PlanSections sections) {

	public PlanDocument {
		vision = vision == null ? "" : vision;
		missions = missions == null ? List.of() : List.copyOf(missions);
		goals = goals == null ? List.of() : List.copyOf(goals);
		kpis = kpis == null ? List.of() : List.copyOf(kpis);
		sections = sections == null ? PlanSections.EMPTY : sections;
	}

	public Stream<Strategy> strategies() {
		return goals.stream().flatMap(goal -> goal.strategies().stream());
	}

	public Stream<Project> projects() {
		return strategies().flatMap(strategy -> strategy.projects().stream());
	}

	/**
	 * The goals and projects that at least one KPI measures. One pass over the KPIs: checking many items is then
	 * a lookup each rather than a {@link #kpisOf} scan each.
	 */
	public Set<ItemId> measuredItems() {
		Set<ItemId> owners = kpis.stream().map(Kpi::ownerId).collect(Collectors.toCollection(HashSet::new));
		return Collections.unmodifiableSet(owners);
	}

	/** KPIs that measure the goal or project with this id. */
	public List<Kpi> kpisOf(ItemId owner) {
		return kpis.stream().filter(kpi -> kpi.ownerId().equals(owner)).toList();
	}

	/** The goal a project belongs to. */
	public Optional<Goal> goalOf(Project project) {
		return goals.stream()
			.filter(goal -> goal.strategies().stream().anyMatch(strategy -> strategy.projects().contains(project)))
			.findFirst();
	}
}
