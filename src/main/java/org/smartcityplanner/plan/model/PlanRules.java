package org.smartcityplanner.plan.model;

import java.util.HashSet;
import java.util.Set;

import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Hard rules a plan item must meet before it is saved (the readiness check reports what is merely
 * incomplete). Each violation names a message key for the user's language.
 */
public final class PlanRules {

	/** The seven smart dimensions. */
	public static final Set<String> DIMENSIONS = Set.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");

	private PlanRules() {
	}

	public static void checkGoal(Goal goal) {
		requireText(goal.title(), "plan.rule.goalTitle");
		if (!DIMENSIONS.contains(goal.dimension())) {
			throw new InvalidInputException("plan.rule.dimension", goal.dimension());
		}
	}

	public static void checkStrategy(Strategy strategy) {
		requireText(strategy.title(), "plan.rule.strategyTitle");
	}

	public static void checkProject(Project project, PlanPeriod period) {
		requireText(project.name(), "plan.rule.projectName");
		requireInPeriod(project.startYear(), period);
		requireInPeriod(project.endYear(), period);
		if (project.startYear() != null && project.endYear() != null
				&& project.endYear().compareTo(project.startYear()) < 0) {
			throw new InvalidInputException("plan.rule.projectEndsBeforeStart", project.name());
		}
		project.budget().forEach((year, amount) -> {
			requireInPeriod(year, period);
			if (amount.isNegative()) {
				throw new InvalidInputException("plan.rule.negativeBudget", project.name(), year);
			}
		});
		if (project.estimatedTotal() != null && project.estimatedTotal().isNegative()) {
			throw new InvalidInputException("plan.rule.negativeBudget", project.name(), "");
		}
	}

	public static void checkKpi(Kpi kpi, PlanPeriod period) {
		requireText(kpi.name(), "plan.rule.kpiName");
		kpi.targets().keySet().forEach(year -> requireInPeriod(year, period));
	}

	/**
	 * A whole document, as imported: every item valid, ids unique, every KPI measuring an item of the plan.
	 */
	public static void checkDocument(PlanDocument plan) {
		requireText(plan.title(), "plan.rule.planTitle");
		if (plan.titleEn().length() > 1000) {
			throw new InvalidInputException("plan.rule.titleEnTooLong", 1000);
		}
		if (plan.period() == null) {
			throw new InvalidInputException("plan.rule.period");
		}
		Set<String> ids = new HashSet<>();
		Set<String> owners = new HashSet<>();
		for (Goal goal : plan.goals()) {
			checkGoal(goal);
			requireUnique(ids, goal.id());
			owners.add(goal.id().value());
			for (Strategy strategy : goal.strategies()) {
				checkStrategy(strategy);
				requireUnique(ids, strategy.id());
				for (Project project : strategy.projects()) {
					checkProject(project, plan.period());
					requireUnique(ids, project.id());
					owners.add(project.id().value());
				}
			}
		}
		for (Kpi kpi : plan.kpis()) {
			checkKpi(kpi, plan.period());
			requireUnique(ids, kpi.id());
			if (kpi.ownerId() == null || !owners.contains(kpi.ownerId().value())) {
				throw new InvalidInputException("plan.rule.kpiOwnerMissing", kpi.name());
			}
		}
	}

	private static void requireUnique(Set<String> seen, ItemId id) {
		if (id == null) {
			throw new InvalidInputException("plan.rule.missingId");
		}
		if (!seen.add(id.value())) {
			throw new InvalidInputException("plan.rule.duplicateId", id.value());
		}
	}

	private static void requireInPeriod(FiscalYear year, PlanPeriod period) {
		if (year != null && !period.contains(year)) {
			throw new InvalidInputException("plan.rule.yearOutsidePeriod", year, period.first(), period.last());
		}
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(messageKey);
		}
	}
}
