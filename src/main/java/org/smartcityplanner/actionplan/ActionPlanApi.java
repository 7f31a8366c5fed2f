package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The annual action plan of a province: budget source rules, project budgets and scores, proposal forms, the
 * optimiser's settings and runs, and the fiscal-year action plan adopted from a run. Every change is audited.
 * A rule a change breaks is an {@link org.smartcityplanner.shared.InvalidInputException} naming the cause, and
 * nothing is saved; an edit from a stale version is an
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
public interface ActionPlanApi {

	// budget sources (national, admins edit)

	/** Every budget source of the reference list with its rules, in reference order. */
	List<SourceRules> sourceRules();

	SourceRules sourceRules(String sourceCode);

	/** Replaces a source's rules (admins). */
	void updateSourceRule(SourceRule rule, int version);

	// projects

	/** The province's plan projects with their budgets and scores, in plan order; empty without a plan. */
	List<CandidateProject> projects(ProvinceCode province);

	Optional<CandidateProject> project(ProvinceCode province, String projectId);

	/** Replaces a project's budget lines and funding split; refused when amounts are wrong or the split is off. */
	void saveBudget(ProvinceCode province, String projectId, BudgetSheet sheet);

	/** Replaces a project's type and optimiser settings; refused on a dependency cycle. */
	void saveSettings(ProvinceCode province, String projectId, ProjectSettings settings, int version);

	/** Replaces a project's criterion scores (0–10 each; an absent criterion is not scored). */
	void saveScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores);

	/** The public-support score the participation module reports for a project (0–10). */
	void recordPublicSupport(ProvinceCode province, String projectId, BigDecimal score);

	// weights

	WeightSettings weights(ProvinceCode province);

	void saveDirectWeights(ProvinceCode province, Map<Criterion, BigDecimal> weights);

	/**
	 * Derives the weights from AHP judgements (upper triangle, criterion order) and saves them with the
	 * consistency ratio; an inconsistent matrix (CR above 0.10) is saved too, with the warning shown.
	 */
	WeightSettings saveAhpWeights(ProvinceCode province, double[][] upper);

	// proposals

	Proposal proposal(ProvinceCode province, String projectId, String sourceCode);

	/** The proposals of a project to every source it asks money of. */
	List<Proposal> proposals(ProvinceCode province, String projectId);

	/** Saves the typed fields; a ready proposal that becomes incomplete is no longer ready. */
	void saveProposal(ProvinceCode province, String projectId, String sourceCode, Map<FormField, String> typed,
			int version);

	/** Marks a proposal ready to submit (refused while incomplete) or takes the mark back. */
	void markReady(ProvinceCode province, String projectId, String sourceCode, boolean ready);

	// optimiser settings

	/** Envelope per source code, then per fiscal year (B.E.). */
	Map<String, Map<Integer, Baht>> envelopes(ProvinceCode province);

	/** Replaces the envelopes of the given sources and years; refused for negative or absurd amounts. */
	void saveEnvelopes(ProvinceCode province, Map<String, Map<Integer, Baht>> envelopes);

	List<MinimumRule> minimums(ProvinceCode province);

	void addMinimum(ProvinceCode province, MinimumRule minimum);

	void deleteMinimum(ProvinceCode province, long id);

	// runs

	/** Saves a run and queues it; a node solves it in the background. Returns the run id. */
	long startRun(ProvinceCode province, RunRequest request);

	Optional<OptimiserRun> run(ProvinceCode province, long runId);

	/** The province's runs, newest first (without their results' details). */
	List<OptimiserRun> runs(ProvinceCode province);

	// the adopted action plan

	/** Replaces the action plan of every fiscal year of the run with the run's portfolio. */
	void adopt(ProvinceCode province, long runId);

	/** The action plan items, by fiscal year then plan order. */
	List<ActionItem> actionItems(ProvinceCode province);

	/** Changes one item by hand; refused for negative or absurd amounts. */
	void updateActionItem(ProvinceCode province, long itemId, Map<String, Baht> funding, String agency,
			ActionItemStatus status, List<String> milestones, int version);

	/** Adds a project to a fiscal year's action plan by hand. */
	long addActionItem(ProvinceCode province, FiscalYear year, String projectId);

	void deleteActionItem(ProvinceCode province, long itemId);
}
