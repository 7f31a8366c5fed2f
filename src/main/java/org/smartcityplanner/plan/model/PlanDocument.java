package org.smartcityplanner.plan.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.smartcityplanner.shared.FiscalYear;

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
 * @param titleEn the plan title in English for the English book, empty when not translated
 */
public record PlanDocument(String provinceCode, String title, PlanPeriod period, String vision, List<String> missions,
		List<Goal> goals, List<Kpi> kpis, PlanSections sections, String titleEn) {

	/** A plan without an English title. */
	public PlanDocument(String provinceCode, String title, PlanPeriod period, String vision, List<String> missions,
			List<Goal> goals, List<Kpi> kpis, PlanSections sections) {
		this(provinceCode, title, period, vision, missions, goals, kpis, sections, "");
	}

	public PlanDocument {
		titleEn = titleEn == null ? "" : titleEn.strip();
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

	/**
	 * The fiscal years a KPI of this goal or project needs a target for: a project's own years inside the plan
	 * period (a project that starts in 2572 has nothing to measure in 2571); every year of the plan for a goal, or
	 * for a project whose years are missing, reversed or outside the plan.
	 */
	public List<FiscalYear> targetYearsOf(ItemId owner) {
		return projects().filter(project -> project.id().equals(owner)).findFirst().map(this::targetYearsOf)
			.orElseGet(period::years);
	}

	/** {@link #targetYearsOf(ItemId)} for every project at once, so checking every KPI is one lookup each. */
	public Map<ItemId, List<FiscalYear>> projectTargetYears() {
		Map<ItemId, List<FiscalYear>> years = new HashMap<>();
		projects().forEach(project -> years.put(project.id(), targetYearsOf(project)));
		return years;
	}

	private List<FiscalYear> targetYearsOf(Project project) {
		FiscalYear start = project.startYear();
		FiscalYear end = project.endYear();
		if (start == null || end == null || start.compareTo(end) > 0) {
			return period.years();
		}
		List<FiscalYear> years = period.years().stream()
			.filter(year -> year.compareTo(start) >= 0 && year.compareTo(end) <= 0).toList();
		return years.isEmpty() ? period.years() : years;
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
