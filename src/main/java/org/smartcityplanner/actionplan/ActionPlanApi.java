package org.smartcityplanner.actionplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of a province's annual action plan: the budget sources with their rules, the plan
 * projects with their budgets and scores, a project's proposal to one source, and the adopted fiscal-year action
 * plan. Read-only: the action plan is written through the module's own pages and API only.
 */
public interface ActionPlanApi {

	/** Every budget source of the reference list with its rules, in reference order. */
	List<SourceRules> sourceRules();

	/** The province's plan projects with their budgets and scores, in plan order; empty without a plan. */
	List<CandidateProject> projects(ProvinceCode province);

	/** One plan project of the province with its budget and scores, if the plan has it. */
	Optional<CandidateProject> project(ProvinceCode province, String projectId);

	/** A project's proposal form to one budget source (an empty form when nothing has been typed yet). */
	Proposal proposal(ProvinceCode province, String projectId, String sourceCode);

	/**
	 * Each project's public-support score with the ballot it came from (the newest closed ballot that included
	 * it), by project id; projects never put to a vote are absent.
	 */
	Map<String, PublicSupport> publicSupport(ProvinceCode province);

	/** The action plan items, by fiscal year then plan order. */
	List<ActionItem> actionItems(ProvinceCode province);
}
