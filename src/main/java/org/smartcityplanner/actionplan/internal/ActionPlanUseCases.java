package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.actionplan.BallotRequest;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OpenedBallot;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the action-plan module's own pages and REST API do, beyond the read-only {@link ActionPlanApi} other modules
 * use: budget source rules, project budgets, settings and scores, weights, proposal forms, the optimiser's settings
 * and runs, and the adopted action plan. Internal to the module (Spring Modulith does not expose {@code internal}).
 * Every change is audited. A rule a change breaks is an {@link org.smartcityplanner.shared.InvalidInputException}
 * naming the cause, and nothing is saved; an edit from a stale version is an
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
public interface ActionPlanUseCases extends ActionPlanApi {

	// budget sources (national, admins edit)

	/** One budget source with its rules. */
	SourceRules sourceRules(String sourceCode);

	/** Replaces a source's rules (admins). */
	void updateSourceRule(SourceRule rule, int version);

	// projects

	/** Replaces a project's budget lines and funding split; refused when amounts are wrong or the split is off. */
	void saveBudget(ProvinceCode province, String projectId, BudgetSheet sheet);

	/** Replaces a project's type and optimiser settings; refused on a dependency cycle. */
	void saveSettings(ProvinceCode province, String projectId, ProjectSettings settings, int version);

	/**
	 * Replaces a project's criterion scores (0–10 each; an absent criterion is not scored). Public support that
	 * came from a ballot stays: typing another value for it is refused.
	 */
	void saveScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores);

	/** The public-support score the participation module reports for a project (0–10). */
	void recordPublicSupport(ProvinceCode province, String projectId, BigDecimal score);

	// participatory budgeting

	/**
	 * Puts plan projects to a vote: asks participation to create the ballot (staff open it for votes there) and
	 * returns its id. Refused, naming the field, without projects, with a project twice or without a cost, and
	 * without a budget; a project id not in the province's plan is not found. Audited.
	 */
	long openBallot(ProvinceCode province, BallotRequest request);

	/** The budget a ballot gets by default: every source's envelope for the plan's first fiscal year together. */
	Baht defaultBallotBudget(ProvinceCode province);

	/** The ballots the action plan opened, newest first. */
	List<OpenedBallot> ballots(ProvinceCode province);

	// weights

	/** The province's criterion weights, with how they were set. */
	WeightSettings weights(ProvinceCode province);

	/** Saves weights typed directly, one per criterion. */
	void saveDirectWeights(ProvinceCode province, Map<Criterion, BigDecimal> weights);

	/**
	 * Derives the weights from AHP judgements (upper triangle, criterion order) and saves them with the
	 * consistency ratio; an inconsistent matrix (CR above 0.10) is saved too, with the warning shown.
	 */
	WeightSettings saveAhpWeights(ProvinceCode province, double[][] upper);

	// proposals

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

	/** The province's minimum rules (at least n projects of a dimension or area). */
	List<MinimumRule> minimums(ProvinceCode province);

	/** Adds a minimum rule. */
	void addMinimum(ProvinceCode province, MinimumRule minimum);

	/** Removes a minimum rule of the province. */
	void deleteMinimum(ProvinceCode province, long id);

	// runs

	/** Saves a run and queues it; a node solves it in the background. Returns the run id. */
	long startRun(ProvinceCode province, RunRequest request);

	/** One run of the province with its result, if it exists there. */
	Optional<OptimiserRun> run(ProvinceCode province, long runId);

	/** The province's runs, newest first (without their results' details). */
	List<OptimiserRun> runs(ProvinceCode province);

	// the adopted action plan

	/** Replaces the action plan of every fiscal year of the run with the run's portfolio. */
	void adopt(ProvinceCode province, long runId);

	/** Changes one item by hand; refused for negative or absurd amounts. */
	void updateActionItem(ProvinceCode province, long itemId, Map<String, Baht> funding, String agency,
			ActionItemStatus status, List<String> milestones, int version);

	/** Adds a project to a fiscal year's action plan by hand. */
	long addActionItem(ProvinceCode province, FiscalYear year, String projectId);

	/** Removes one item from the action plan. */
	void deleteActionItem(ProvinceCode province, long itemId);
}
