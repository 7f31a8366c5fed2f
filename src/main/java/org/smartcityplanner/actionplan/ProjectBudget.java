package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.Map;

import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;

/**
 * What the action plan keeps about one plan project.
 *
 * @param projectId the plan project's stable id
 * @param settings type and optimiser settings
 * @param sheet cost per year and category, and the funding split
 * @param scores score (0–10) per criterion; a criterion not yet scored is absent
 * @param version version of the settings, sent back with an edit
 */
public record ProjectBudget(String projectId, ProjectSettings settings, BudgetSheet sheet,
		Map<Criterion, BigDecimal> scores, int version) {

	public ProjectBudget {
		scores = Map.copyOf(scores);
	}
}
