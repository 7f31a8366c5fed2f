package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.Ahp;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.Finding;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's facade ({@link org.smartcityplanner.actionplan.ActionPlanApi} for other modules,
 * {@link ActionPlanUseCases} for its own web layer): checks every change, saves it and audits it in one
 * transaction. Runs and the adopted plan are in {@link RunService}; this class covers rules, budgets, scores,
 * weights, proposals and optimiser settings.
 */
@Service
@Transactional
class ActionPlanService implements ActionPlanUseCases {

	private final ReferenceApi reference;
	private final SourceRuleStore rules;
	private final PlanProjects projects;
	private final ProjectStore projectStore;
	private final WeightStore weightStore;
	private final ProposalStore proposals;
	private final ProposalForms forms;
	private final OptimiserSettingsStore settings;
	private final RunService runService;
	private final ActionPlanOwnership owned;
	private final AuditLog audit;

	ActionPlanService(ReferenceApi reference, SourceRuleStore rules, PlanProjects projects, ProjectStore projectStore,
			WeightStore weightStore, ProposalStore proposals, ProposalForms forms, OptimiserSettingsStore settings,
			RunService runService, ActionPlanOwnership owned, AuditLog audit) {
		this.reference = reference;
		this.rules = rules;
		this.projects = projects;
		this.projectStore = projectStore;
		this.weightStore = weightStore;
		this.proposals = proposals;
		this.forms = forms;
		this.settings = settings;
		this.runService = runService;
		this.owned = owned;
		this.audit = audit;
	}

	@Override
	public List<SourceRules> sourceRules() {
		return reference.items(ReferenceKind.BUDGET_SOURCE).stream().map(this::rulesOf).toList();
	}

	@Override
	public SourceRules sourceRules(String sourceCode) {
		return rulesOf(source(sourceCode));
	}

	private SourceRules rulesOf(ReferenceItem source) {
		SourceRuleStore.Versioned rule = rules.get(source.code());
		return new SourceRules(source.code(), source.name(), rule.rule(), rule.version());
	}

	private ReferenceItem source(String code) {
		return reference.item(ReferenceKind.BUDGET_SOURCE, code)
			.orElseThrow(() -> new InvalidInputException("actionplan.source.unknown", String.valueOf(code)));
	}

	@Override
	public void updateSourceRule(SourceRule rule, int version) {
		SourceRules before = sourceRules(rule.sourceCode());
		rule.eligibleDimensions().forEach(code -> reference.item(ReferenceKind.SMART_DIMENSION, code)
			.orElseThrow(() -> new InvalidInputException("actionplan.dimension.unknown", code)));
		rules.update(rule, version);
		audit.record(new AuditChange("budget-source-rule", rule.sourceCode(), "updated", null, before.rule(), rule));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CandidateProject> projects(ProvinceCode province) {
		return projects.all(province);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CandidateProject> project(ProvinceCode province, String projectId) {
		return projects.find(province, projectId);
	}

	@Override
	public void saveBudget(ProvinceCode province, String projectId, BudgetSheet sheet) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		var period = projects.plan(province).orElseThrow().header().period();
		for (FiscalYear year : sheet.lines().keySet()) {
			if (year.compareTo(period.first()) < 0 || year.compareTo(period.last()) > 0) {
				throw new InvalidInputException("actionplan.budget.yearOutsidePlan", year, period.first(), period.last());
			}
		}
		sheet.lines().values().forEach(row -> row.keySet().forEach(category -> reference
			.item(ReferenceKind.BUDGET_CATEGORY, category)
			.orElseThrow(() -> new InvalidInputException("actionplan.budget.unknownCategory", category))));
		sheet.split().keySet().forEach(this::source);
		List<Finding> findings = sheet.check();
		if (!findings.isEmpty()) {
			throw refusal(findings.get(0));
		}
		projectStore.replaceSheet(province, projectId, sheet);
		audit.record(new AuditChange("actionplan-budget", projectId, "updated", province, project.budget().sheet(),
				sheet));
	}

	static InvalidInputException refusal(Finding finding) {
		return new InvalidInputException(finding.messageKey(), finding.arguments().toArray());
	}

	@Override
	public void saveSettings(ProvinceCode province, String projectId, ProjectSettings changed, int version) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		List<CandidateProject> all = projects.all(province);
		int years = projects.plan(province).orElseThrow().header().period().years().size();
		if (changed.maxShiftYears() < 0 || changed.maxShiftYears() >= years) {
			throw new InvalidInputException("actionplan.settings.shiftRange", years - 1);
		}
		if (changed.exclusiveGroup().length() > 100) {
			throw new InvalidInputException("actionplan.settings.groupTooLong", 100);
		}
		if (changed.dependsOn() != null) {
			owned.project(province, changed.dependsOn(), "dependsOn");
			List<String> cycle = DependencyCycles.cycleThrough(projectId, changed.dependsOn(), all);
			if (!cycle.isEmpty()) {
				throw new InvalidInputException("actionplan.settings.cycle", String.join(" → ", cycle));
			}
		}
		projectStore.saveSettings(province, projectId, changed, version);
		audit.record(new AuditChange("actionplan-settings", projectId, "updated", province,
				project.budget().settings(), changed));
	}

	@Override
	public void saveScores(ProvinceCode province, String projectId, Map<Criterion, BigDecimal> scores) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		scores.values().forEach(Scoring::checkScore);
		projectStore.replaceScores(province, projectId, scores);
		audit.record(new AuditChange("actionplan-scores", projectId, "updated", province, project.budget().scores(),
				scores));
	}

	@Override
	public void recordPublicSupport(ProvinceCode province, String projectId, BigDecimal score) {
		owned.project(province, projectId, "projectId");
		Scoring.checkScore(score);
		projectStore.setScore(province, projectId, Criterion.PUBLIC_SUPPORT, score);
		audit.record(new AuditChange("actionplan-scores", projectId, "public-support", province, null, score));
	}

	@Override
	@Transactional(readOnly = true)
	public WeightSettings weights(ProvinceCode province) {
		return projects.weights(province);
	}

	@Override
	public void saveDirectWeights(ProvinceCode province, Map<Criterion, BigDecimal> weights) {
		Scoring scoring;
		try {
			scoring = new Scoring(weights);
		}
		catch (IllegalArgumentException wrong) {
			throw new InvalidInputException("actionplan.weights.invalid");
		}
		WeightSettings saved = new WeightSettings("DIRECT", scoring, List.of(), null);
		WeightSettings before = weights(province);
		weightStore.save(province, saved);
		audit.record(new AuditChange("actionplan-weights", province.value(), "updated", province, before, saved));
	}

	@Override
	public WeightSettings saveAhpWeights(ProvinceCode province, double[][] upper) {
		Ahp.Result result;
		try {
			result = Ahp.weigh(Ahp.reciprocal(upper));
		}
		catch (IllegalArgumentException wrong) {
			throw new InvalidInputException("actionplan.weights.judgementRange");
		}
		Criterion[] criteria = Criterion.values();
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		for (int i = 0; i < criteria.length; i++) {
			weights.put(criteria[i], BigDecimal.valueOf(result.weights().get(i)));
		}
		List<List<Double>> rows = new ArrayList<>();
		for (double[] row : upper) {
			List<Double> values = new ArrayList<>();
			for (double value : row) {
				values.add(value);
			}
			rows.add(values);
		}
		WeightSettings saved = new WeightSettings("AHP", new Scoring(weights), rows, result.consistencyRatio());
		WeightSettings before = weights(province);
		weightStore.save(province, saved);
		audit.record(new AuditChange("actionplan-weights", province.value(), "updated", province, before, saved));
		return saved;
	}

	@Override
	@Transactional(readOnly = true)
	public Proposal proposal(ProvinceCode province, String projectId, String sourceCode) {
		CandidateProject candidate = owned.project(province, projectId, "projectId");
		SourceRule rule = sourceRules(sourceCode).rule();
		var plan = projects.plan(province).orElseThrow();
		var project = projects.planProject(province, projectId).orElseThrow();
		var saved = proposals.find(projectId, sourceCode);
		return forms.build(candidate, project, plan.document(), rule,
				saved.map(ProposalStore.Saved::typed).orElse(Map.of()), saved.map(ProposalStore.Saved::ready).orElse(false),
				saved.map(ProposalStore.Saved::version).orElse(0));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Proposal> proposals(ProvinceCode province, String projectId) {
		CandidateProject candidate = owned.project(province, projectId, "projectId");
		return candidate.budget().sheet().split().keySet().stream()
			.map(source -> proposal(province, projectId, source)).toList();
	}

	@Override
	public void saveProposal(ProvinceCode province, String projectId, String sourceCode, Map<FormField, String> typed,
			int version) {
		Proposal before = proposal(province, projectId, sourceCode);
		Map<FormField, String> clean = new EnumMap<>(FormField.class);
		typed.forEach((field, value) -> {
			if (!field.fromPlan() && value != null && !value.isBlank()) {
				if (value.length() > 5000) {
					throw new InvalidInputException("actionplan.proposal.tooLong", field.name(), 5000);
				}
				clean.put(field, value.strip());
			}
		});
		proposals.save(province, projectId, sourceCode, clean, false, version);
		Proposal after = proposal(province, projectId, sourceCode);
		boolean ready = before.ready() && after.status().complete();
		if (ready) {
			proposals.save(province, projectId, sourceCode, clean, true, after.version());
		}
		audit.record(new AuditChange("actionplan-proposal", projectId + "/" + sourceCode, "updated", province,
				before.typed(), clean));
	}

	@Override
	public void markReady(ProvinceCode province, String projectId, String sourceCode, boolean ready) {
		Proposal current = proposal(province, projectId, sourceCode);
		if (ready && !current.status().complete()) {
			throw new InvalidInputException("actionplan.proposal.incomplete", current.status().missing().size(),
					current.status().ruleBreaks().size());
		}
		proposals.save(province, projectId, sourceCode, current.typed(), ready, current.version());
		audit.record(new AuditChange("actionplan-proposal", projectId + "/" + sourceCode,
				ready ? "ready" : "not-ready", province, current.ready(), ready));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Map<Integer, Baht>> envelopes(ProvinceCode province) {
		return settings.envelopes(province);
	}

	@Override
	public void saveEnvelopes(ProvinceCode province, Map<String, Map<Integer, Baht>> envelopes) {
		var before = settings.envelopes(province);
		envelopes.forEach((source, years) -> {
			source(source);
			years.forEach((year, amount) -> {
				if (amount != null && amount.isNegative()) {
					throw new InvalidInputException("actionplan.envelope.negative", source, year);
				}
				if (amount != null && amount.compareTo(BudgetSheet.ABSURD) > 0) {
					throw new InvalidInputException("actionplan.envelope.absurd", source, year, BudgetSheet.ABSURD);
				}
			});
		});
		envelopes.forEach((source, years) -> years.forEach((year, amount) -> settings.saveEnvelope(province, source,
				year, amount)));
		audit.record(new AuditChange("actionplan-envelopes", province.value(), "updated", province, before,
				settings.envelopes(province)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<MinimumRule> minimums(ProvinceCode province) {
		return settings.minimums(province);
	}

	@Override
	public void addMinimum(ProvinceCode province, MinimumRule minimum) {
		if (!"DIMENSION".equals(minimum.scope()) && !"AREA".equals(minimum.scope())) {
			throw new InvalidInputException("actionplan.minimum.scope");
		}
		if (minimum.minCount() < 0 || minimum.minCount() > 1000 || minimum.minSharePercent() < 0
				|| minimum.minSharePercent() > 100 || (minimum.minCount() == 0 && minimum.minSharePercent() == 0)) {
			throw new InvalidInputException("actionplan.minimum.range");
		}
		if ("AREA".equals(minimum.scope())) {
			owned.area(province, minimum.code(), "code");
		}
		else if (reference.item(ReferenceKind.SMART_DIMENSION, String.valueOf(minimum.code())).isEmpty()) {
			throw new InvalidInputException("actionplan.minimum.code");
		}
		settings.addMinimum(province, minimum);
		audit.record(new AuditChange("actionplan-minimum", minimum.scope() + ":" + minimum.code(), "created", province,
				null, minimum));
	}

	@Override
	public void deleteMinimum(ProvinceCode province, long id) {
		MinimumRule before = owned.minimum(province, id);
		settings.deleteMinimum(province, id);
		audit.record(new AuditChange("actionplan-minimum", String.valueOf(id), "deleted", province, before, null));
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
