package org.smartcityplanner.actionplan;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * One project in one fiscal year's action plan.
 *
 * @param id row id
 * @param year the fiscal year
 * @param projectId the plan project
 * @param runId the run it was adopted from, or {@code null} when added by hand
 * @param shiftYears how many fiscal years the adopted run moved the project's start away from its budget sheet
 *        ({@code 0} when not moved or added by hand): this item's cost is the sheet's line of
 *        {@link #budgetYear()}, so cost and funding move together
 * @param funding amount per budget source in this year
 * @param agency the responsible agency
 * @param status where it stands
 * @param milestones the milestone of each quarter (Q1 = Oct–Dec ... Q4 = Jul–Sep), four entries
 * @param version version, sent back with an edit
 */
public record ActionItem(long id, FiscalYear year, String projectId, Long runId, int shiftYears,
		Map<String, Baht> funding,
		String agency, ActionItemStatus status, List<String> milestones, int version) {

	public ActionItem {
		funding = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(funding));
		milestones = List.copyOf(milestones);
	}

	/** The fiscal year of the project's budget sheet whose costs this item carries (its year less the shift). */
	public FiscalYear budgetYear() {
		return new FiscalYear(year.buddhistYear() - shiftYears);
	}

	/** A copy moved by {@code years} away from its budget sheet. */
	public ActionItem withShiftYears(int years) {
		return new ActionItem(id, year, projectId, runId, years, funding, agency, status, milestones, version);
	}

	/** This year's funding from every source. */
	public Baht total() {
		return funding.values().stream().reduce(Baht.ZERO, Baht::plus);
	}
}
