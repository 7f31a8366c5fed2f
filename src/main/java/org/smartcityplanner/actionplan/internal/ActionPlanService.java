package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.BallotRequest;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OpenedBallot;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.PublicSupport;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's facade ({@link org.smartcityplanner.actionplan.ActionPlanApi} for other modules,
 * {@link ActionPlanUseCases} for its own web layer). It only delegates, one use case per service: source rules
 * ({@link SourceRuleService}), a project's budget, settings and scores ({@link ProjectBudgetService}), weights
 * ({@link WeightService}), ballots on plan projects ({@link PlanBallotOpening}, {@link PlanBallotStore}), proposals ({@link ProposalService}), envelopes and minimums
 * ({@link OptimiserSettingsService}), runs and the adopted plan ({@link RunService}). Each checks, saves and audits
 * a change; the facade keeps the transaction boundary so every call is one transaction, as callers expect.
 */
@Service
@Transactional
class ActionPlanService implements ActionPlanUseCases {

	private final SourceRuleService sources;
	private final ProjectBudgetService budgets;
	private final WeightService weights;
	private final ProposalService proposals;
	private final OptimiserSettingsService settings;
	private final RunService runService;
	private final PlanBallotOpening ballotOpening;
	private final PlanBallotStore ballotStore;

	ActionPlanService(SourceRuleService sources, ProjectBudgetService budgets, WeightService weights,
			ProposalService proposals, OptimiserSettingsService settings, RunService runService,
			PlanBallotOpening ballotOpening, PlanBallotStore ballotStore) {
		this.ballotOpening = ballotOpening;
		this.ballotStore = ballotStore;
		this.sources = sources;
		this.budgets = budgets;
		this.weights = weights;
		this.proposals = proposals;
		this.settings = settings;
		this.runService = runService;
	}

	@Override
	public List<SourceRules> sourceRules() {
		return sources.sourceRules();
	}

	@Override
	public SourceRules sourceRules(String sourceCode) {
		return sources.sourceRules(sourceCode);
	}

	@Override
	public void updateSourceRule(SourceRule rule, int version) {
		sources.updateSourceRule(rule, version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CandidateProject> projects(ProvinceCode province) {
		return budgets.projects(province);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CandidateProject> project(ProvinceCode province, String projectId) {
		return budgets.project(province, projectId);
	}

	@Override
	public void saveBudget(ProvinceCode province, String projectId, BudgetSheet sheet) {
		budgets.saveBudget(province, projectId, sheet);
	}

	@Override
	public void saveSettings(ProvinceCode province, String projectId, ProjectSettings changed, int version) {
		budgets.saveSettings(province, projectId, changed, version);
	}

	@Override
	public void saveScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores) {
		budgets.saveScores(province, projectId, scores);
	}

	@Override
	public void recordPublicSupport(ProvinceCode province, String projectId, BigDecimal score) {
		budgets.recordPublicSupport(province, projectId, score);
	}

	@Override
	public long openBallot(ProvinceCode province, BallotRequest request) {
		return ballotOpening.open(province, request);
	}

	@Override
	@Transactional(readOnly = true)
	public Baht defaultBallotBudget(ProvinceCode province) {
		return ballotOpening.defaultBudget(province);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenedBallot> ballots(ProvinceCode province) {
		return ballotStore.opened(province);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, PublicSupport> publicSupport(ProvinceCode province) {
		return ballotStore.publicSupport(province);
	}

	@Override
	@Transactional(readOnly = true)
	public WeightSettings weights(ProvinceCode province) {
		return weights.weights(province);
	}

	@Override
	public void saveDirectWeights(ProvinceCode province, Map<Criterion, BigDecimal> typed) {
		weights.saveDirectWeights(province, typed);
	}

	@Override
	public WeightSettings saveAhpWeights(ProvinceCode province, double[][] upper) {
		return weights.saveAhpWeights(province, upper);
	}

	@Override
	@Transactional(readOnly = true)
	public Proposal proposal(ProvinceCode province, String projectId, String sourceCode) {
		return proposals.proposal(province, projectId, sourceCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Proposal> proposals(ProvinceCode province, String projectId) {
		return proposals.proposals(province, projectId);
	}

	@Override
	public void saveProposal(ProvinceCode province, String projectId, String sourceCode, Map<FormField, String> typed,
			int version) {
		proposals.saveProposal(province, projectId, sourceCode, typed, version);
	}

	@Override
	public void markReady(ProvinceCode province, String projectId, String sourceCode, boolean ready) {
		proposals.markReady(province, projectId, sourceCode, ready);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Map<Integer, Baht>> envelopes(ProvinceCode province) {
		return settings.envelopes(province);
	}

	@Override
	public void saveEnvelopes(ProvinceCode province, Map<String, Map<Integer, Baht>> envelopes) {
		settings.saveEnvelopes(province, envelopes);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MinimumRule> minimums(ProvinceCode province) {
		return settings.minimums(province);
	}

	@Override
	public void addMinimum(ProvinceCode province, MinimumRule minimum) {
		settings.addMinimum(province, minimum);
	}

	@Override
	public void deleteMinimum(ProvinceCode province, long id) {
		settings.deleteMinimum(province, id);
	}

	@Override
	public long startRun(ProvinceCode province, RunRequest request) {
		return runService.start(province, request);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OptimiserRun> run(ProvinceCode province, long runId) {
		return runService.find(province, runId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OptimiserRun> runs(ProvinceCode province) {
		return runService.list(province);
	}

	@Override
	public void adopt(ProvinceCode province, long runId) {
		runService.adopt(province, runId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionItem> actionItems(ProvinceCode province) {
		return runService.items(province);
	}

	@Override
	public void updateActionItem(ProvinceCode province, long itemId, Map<String, Baht> funding, String agency,
			ActionItemStatus status, List<String> milestones, int version) {
		runService.updateItem(province, itemId, funding, agency, status, milestones, version);
	}

	@Override
	public long addActionItem(ProvinceCode province, FiscalYear year, String projectId) {
		return runService.addItem(province, year, projectId);
	}

	@Override
	public void deleteActionItem(ProvinceCode province, long itemId) {
		runService.deleteItem(province, itemId);
	}
}
