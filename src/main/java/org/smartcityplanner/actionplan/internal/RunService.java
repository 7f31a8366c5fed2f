package org.smartcityplanner.actionplan.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.ActionPlanAdopted;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.RunState;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optimiser runs (saved, then solved in the background by {@link RunWorker}) and the action plan adopted from
 * one of them.
 */
@Component
@Transactional
class RunService {

	/** The longest time limit a user may ask for. */
	static final int MAX_TIME_LIMIT_SECONDS = RunRequest.MAX_TIME_LIMIT_SECONDS;

	private final PlanProjects projects;
	private final SourceRuleStore rules;
	private final ReferenceApi reference;
	private final OptimiserSettingsStore settings;
	private final RunStore runs;
	private final RunWorker worker;
	private final ActionItemStore items;
	private final ActionPlanOwnership owned;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	RunService(PlanProjects projects, SourceRuleStore rules, ReferenceApi reference, OptimiserSettingsStore settings,
			RunStore runs, RunWorker worker, ActionItemStore items, ActionPlanOwnership owned, AuditLog audit,
			ApplicationEventPublisher events) {
		this.projects = projects;
		this.rules = rules;
		this.reference = reference;
		this.settings = settings;
		this.runs = runs;
		this.worker = worker;
		this.items = items;
		this.owned = owned;
		this.audit = audit;
		this.events = events;
	}

	long start(ProvinceCode province, RunRequest request) {
		if (request.timeLimitSeconds() < 1 || request.timeLimitSeconds() > MAX_TIME_LIMIT_SECONDS) {
			throw new InvalidInputException("actionplan.run.timeLimitRange", MAX_TIME_LIMIT_SECONDS);
		}
		OptimiserRun base = request.basedOn() == null ? null : owned.run(province, request.basedOn(), "basedOn");
		owned.candidates(province, base, request.mandatory().keySet(), "mandatory");
		var plan = base != null ? null
				: projects.plan(province).orElseThrow(() -> new InvalidInputException("actionplan.run.noPlan"));
		// a what-if changes the period of the run it starts from; a new run uses the plan's
		int first = base != null ? base.inputs().problem().firstYear() : plan.header().period().first().buddhistYear();
		int last = base != null ? base.inputs().problem().lastYear() : plan.header().period().last().buddhistYear();
		RunRequestCheck.envelopes(request, first, last, code -> reference.item(ReferenceKind.BUDGET_SOURCE, code)
			.isPresent());
		RunRequestCheck.mandatoryFlags(request);
		RunInputs inputs;
		if (base != null) {
			inputs = ProblemBuilder.whatIf(base.inputs(), request);
		}
		else {
			List<CandidateProject> candidates = projects.all(province);
			if (candidates.stream().noneMatch(candidate -> candidate.cost().satang() > 0)) {
				throw new InvalidInputException("actionplan.run.noCandidates");
			}
			List<SourceRule> sourceRules = reference.items(ReferenceKind.BUDGET_SOURCE).stream()
				.map(source -> rules.get(source.code()).rule()).toList();
			inputs = ProblemBuilder.build(plan.header().period(), candidates, sourceRules, settings.envelopes(province),
					settings.minimums(province), projects.weights(province).scoring(), request);
		}
		String label = request.label().length() > 300 ? request.label().substring(0, 300) : request.label();
		long id = runs.insert(province, label, request.basedOn(), inputs);
		audit.record(new AuditChange("actionplan-run", String.valueOf(id), "queued", province, null, request));
		worker.startAfterCommit(id);
		return id;
	}

	Optional<OptimiserRun> find(ProvinceCode province, long id) {
		return runs.find(province, id);
	}

	List<OptimiserRun> list(ProvinceCode province) {
		return runs.ofProvince(province, 50);
	}

	void adopt(ProvinceCode province, long runId) {
		OptimiserRun run = owned.run(province, runId, "runId");
		if (run.state() != RunState.DONE || run.result() == null || !run.result().status().hasPortfolio()) {
			throw new InvalidInputException("actionplan.adopt.noPortfolio", String.valueOf(runId));
		}
		Map<String, CandidateProject> byId = new LinkedHashMap<>();
		projects.all(province).forEach(project -> byId.put(project.id(), project));
		List<ActionItem> before = items.ofProvince(province);
		items.deleteAll(province);
		int adoptedProjects = 0;
		int adoptedItems = 0;
		for (SelectedProject selected : run.result().selected()) {
			CandidateProject project = byId.get(selected.projectId());
			if (project == null) {
				// still reachable: a saved run keeps its inputs, so an older run may name a project deleted since
				continue;
			}
			adoptedProjects++;
			Map<Integer, Map<String, Baht>> byYear = new TreeMap<>();
			for (Funding funding : selected.funding()) {
				byYear.computeIfAbsent(funding.fiscalYear(), year -> new LinkedHashMap<>())
					.merge(funding.sourceCode(), new Baht(funding.satang()), Baht::plus);
			}
			byYear.forEach((year, funding) -> items.insert(province, new ActionItem(0, new FiscalYear(year),
					selected.projectId(), runId, 0, funding, project.leadAgency(), ActionItemStatus.PLANNED,
					List.of("", "", "", ""), 1)));
			adoptedItems += byYear.size();
		}
		audit.record(new AuditChange("actionplan-adoption", String.valueOf(runId), "adopted", province, before.size(),
				run.result().selected().size()));
		events.publishEvent(new ActionPlanAdopted(province, runId, adoptedProjects, adoptedItems, Instant.now()));
	}

	/** The adopted items, each knowing how far its run moved the project (see {@link AdoptedShifts}). */
	List<ActionItem> items(ProvinceCode province) {
		return AdoptedShifts.applied(items.ofProvince(province), runId -> runs.find(province, runId));
	}

	void updateItem(ProvinceCode province, long itemId, Map<String, Baht> funding, String agency,
			ActionItemStatus status, List<String> milestones, int version) {
		ActionItem before = owned.item(province, itemId);
		funding.forEach((source, amount) -> {
			reference.item(ReferenceKind.BUDGET_SOURCE, source)
				.orElseThrow(() -> new InvalidInputException("actionplan.source.unknown", source));
			if (amount.isNegative()) {
				throw new InvalidInputException("actionplan.item.negative", source);
			}
			if (amount.compareTo(BudgetSheet.ABSURD) > 0) {
				throw new InvalidInputException("actionplan.item.absurd", source, BudgetSheet.ABSURD);
			}
		});
		if (milestones.size() != 4 || milestones.stream().anyMatch(m -> m != null && m.length() > 1000)
				|| (agency != null && agency.length() > 500)) {
			throw new InvalidInputException("actionplan.item.tooLong");
		}
		Map<String, Baht> nonZero = new LinkedHashMap<>();
		funding.forEach((source, amount) -> {
			if (amount.satang() > 0) {
				nonZero.put(source, amount);
			}
		});
		ActionItem after = new ActionItem(itemId, before.year(), before.projectId(), before.runId(), before.shiftYears(), nonZero,
				agency == null ? "" : agency.strip(), status,
				milestones.stream().map(m -> m == null ? "" : m.strip()).toList(), version);
		items.update(province, after);
		audit.record(new AuditChange("actionplan-item", String.valueOf(itemId), "updated", province, before, after));
	}

	long addItem(ProvinceCode province, FiscalYear year, String projectId) {
		CandidateProject project = owned.project(province, projectId, "projectId");
		var period = projects.plan(province).orElseThrow().header().period();
		if (year.compareTo(period.first()) < 0 || year.compareTo(period.last()) > 0) {
			throw new InvalidInputException("actionplan.budget.yearOutsidePlan", year, period.first(), period.last());
		}
		if (items.exists(province, year, projectId)) {
			throw new InvalidInputException("actionplan.item.duplicate", project.name(), year.toString());
		}
		items.insert(province, new ActionItem(0, year, projectId, null, 0, Map.of(), project.leadAgency(),
				ActionItemStatus.PLANNED, List.of("", "", "", ""), 1));
		long id = items.lastId(province);
		audit.record(new AuditChange("actionplan-item", String.valueOf(id), "created", province, null, projectId));
		return id;
	}

	void deleteItem(ProvinceCode province, long itemId) {
		ActionItem before = owned.item(province, itemId);
		items.delete(province, itemId);
		audit.record(new AuditChange("actionplan-item", String.valueOf(itemId), "deleted", province, before, null));
	}
}
