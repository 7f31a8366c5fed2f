package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
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
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual action plan as JSON: budget source rules, project budgets, scores and weights, proposal forms,
 * envelopes and minimums, optimiser runs (started with 202 and solved in the background) and the adopted
 * fiscal-year action plan. Money in requests is decimal baht (at most two decimals); in responses satang.
 */
@RestController
@Tag(name = "Action plan", description = "Budget sources, project budgets, portfolio optimiser and fiscal-year action plan")
class ActionPlanApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/actionplan";

	private final ActionPlanUseCases actionPlans;

	ActionPlanApiController(ActionPlanUseCases actionPlans) {
		this.actionPlans = actionPlans;
	}

	/**
	 * A budget as clients send it.
	 *
	 * @param lines fiscal year (B.E.) to budget category code to baht
	 * @param split budget source code to baht of the whole project
	 */
	record BudgetBody(Map<Integer, Map<String, BigDecimal>> lines, Map<String, BigDecimal> split) {
	}

	/**
	 * A source's rules as clients send them.
	 *
	 * @param rule the rules (cap in satang)
	 * @param version the version read
	 */
	record SourceRuleBody(SourceRule rule, int version) {
	}

	/**
	 * An action plan item change.
	 *
	 * @param funding source code to baht
	 * @param agency responsible agency
	 * @param status status
	 * @param milestones four quarterly milestones
	 * @param version the version read
	 */
	record ItemBody(Map<String, BigDecimal> funding, String agency, ActionItemStatus status, List<String> milestones,
			int version) {
	}

	@GetMapping("/api/v1/budget-sources")
	@Operation(summary = "Every budget source with its editable rules")
	List<SourceRules> sources() {
		return actionPlans.sourceRules();
	}

	@PutMapping("/api/v1/budget-sources/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a source's rules (admins)")
	void updateSource(@PathVariable String code, @RequestBody SourceRuleBody body) {
		if (body.rule() == null || !code.equals(body.rule().sourceCode())) {
			throw new InvalidInputException("actionplan.source.unknown", code);
		}
		actionPlans.updateSourceRule(body.rule(), body.version());
	}

	@GetMapping(BASE + "/projects")
	@Operation(summary = "The plan's projects with budgets, settings and scores")
	List<CandidateProject> projects(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return actionPlans.projects(ProvinceCode.of(provinceCode));
	}

	@PutMapping(BASE + "/projects/{projectId}/budget")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's budget lines and funding split (baht); refused when the split is off")
	void budget(@PathVariable String provinceCode, @PathVariable String projectId, @RequestBody BudgetBody body) {
		Map<FiscalYear, Map<String, Baht>> lines = new TreeMap<>();
		if (body.lines() != null) {
			body.lines().forEach((year, row) -> {
				Map<String, Baht> amounts = new LinkedHashMap<>();
				row.forEach((category, amount) -> amounts.put(category,
						Baht.checked(amount, "lines." + year + "." + category)));
				lines.put(fiscalYear(year), amounts);
			});
		}
		Map<String, Baht> split = new LinkedHashMap<>();
		if (body.split() != null) {
			body.split().forEach((source, amount) -> split.put(source, Baht.checked(amount, "split." + source)));
		}
		actionPlans.saveBudget(ProvinceCode.of(provinceCode), projectId, new BudgetSheet(lines, split));
	}

	@PutMapping(BASE + "/projects/{projectId}/settings")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's type and optimiser settings; refused on a dependency cycle")
	void settings(@PathVariable String provinceCode, @PathVariable String projectId, @RequestBody ProjectSettings body,
			@RequestParam int version) {
		actionPlans.saveSettings(ProvinceCode.of(provinceCode), projectId, body, version);
	}

	@PutMapping(BASE + "/projects/{projectId}/scores")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's criterion scores (0–10)")
	void scores(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestBody Map<Criterion, BigDecimal> body) {
		actionPlans.saveScores(ProvinceCode.of(provinceCode), projectId, body);
	}

	@GetMapping(BASE + "/weights")
	@Operation(summary = "Criterion weights and how they were set")
	WeightSettings weights(@PathVariable String provinceCode) {
		return actionPlans.weights(ProvinceCode.of(provinceCode));
	}

	@PutMapping(BASE + "/weights")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set weights directly")
	void setWeights(@PathVariable String provinceCode, @RequestBody Map<Criterion, BigDecimal> body) {
		actionPlans.saveDirectWeights(ProvinceCode.of(provinceCode), body);
	}

	@PutMapping(BASE + "/weights/ahp")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@Operation(summary = "Derive weights from AHP judgements (upper triangle); the answer has the consistency ratio")
	WeightSettings ahp(@PathVariable String provinceCode, @RequestBody double[][] upper) {
		if (upper.length != Criterion.values().length) {
			throw new InvalidInputException("actionplan.weights.judgementRange");
		}
		return actionPlans.saveAhpWeights(ProvinceCode.of(provinceCode), upper);
	}

	@GetMapping(BASE + "/projects/{projectId}/proposals/{sourceCode}")
	@Operation(summary = "A project's proposal to one source with its completeness")
	Proposal proposal(@PathVariable String provinceCode, @PathVariable String projectId,
			@PathVariable String sourceCode) {
		return actionPlans.proposal(ProvinceCode.of(provinceCode), projectId, sourceCode);
	}

	@PutMapping(BASE + "/projects/{projectId}/proposals/{sourceCode}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Save the typed fields of a proposal form")
	void saveProposal(@PathVariable String provinceCode, @PathVariable String projectId,
			@PathVariable String sourceCode, @RequestBody Map<FormField, String> body, @RequestParam int version) {
		actionPlans.saveProposal(ProvinceCode.of(provinceCode), projectId, sourceCode, body, version);
	}

	@PostMapping(BASE + "/projects/{projectId}/proposals/{sourceCode}/ready")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark a proposal ready to submit (refused while incomplete) or take the mark back")
	void ready(@PathVariable String provinceCode, @PathVariable String projectId, @PathVariable String sourceCode,
			@RequestParam boolean ready) {
		actionPlans.markReady(ProvinceCode.of(provinceCode), projectId, sourceCode, ready);
	}

	@GetMapping(BASE + "/envelopes")
	@Operation(summary = "Envelopes: source code to fiscal year to amount")
	Map<String, Map<Integer, Baht>> envelopes(@PathVariable String provinceCode) {
		return actionPlans.envelopes(ProvinceCode.of(provinceCode));
	}

	@PutMapping(BASE + "/envelopes")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace the given envelopes (baht; null removes one)")
	void setEnvelopes(@PathVariable String provinceCode, @RequestBody Map<String, Map<Integer, BigDecimal>> body) {
		Map<String, Map<Integer, Baht>> envelopes = new LinkedHashMap<>();
		body.forEach((source, years) -> {
			Map<Integer, Baht> amounts = new LinkedHashMap<>();
			years.forEach((year, amount) -> amounts.put(year,
					amount == null ? null : Baht.checked(amount, source + "." + year)));
			envelopes.put(source, amounts);
		});
		actionPlans.saveEnvelopes(ProvinceCode.of(provinceCode), envelopes);
	}

	@GetMapping(BASE + "/minimums")
	@Operation(summary = "Minimums per dimension or target area")
	List<MinimumRule> minimums(@PathVariable String provinceCode) {
		return actionPlans.minimums(ProvinceCode.of(provinceCode));
	}

	@PostMapping(BASE + "/minimums")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Add a minimum")
	void addMinimum(@PathVariable String provinceCode, @RequestBody MinimumRule body) {
		actionPlans.addMinimum(ProvinceCode.of(provinceCode), body);
	}

	@DeleteMapping(BASE + "/minimums/{id}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a minimum")
	void deleteMinimum(@PathVariable String provinceCode, @PathVariable long id) {
		actionPlans.deleteMinimum(ProvinceCode.of(provinceCode), id);
	}

	@PostMapping(BASE + "/runs")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@Operation(summary = "Queue an optimiser run (or a what-if of an earlier run); poll the Location until it is DONE")
	ResponseEntity<Map<String, Long>> run(@PathVariable String provinceCode, @RequestBody RunRequest body) {
		long id = actionPlans.startRun(ProvinceCode.of(provinceCode), body);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/provinces/" + provinceCode + "/actionplan/runs/" + id))
			.body(Map.of("id", id));
	}

	@GetMapping(BASE + "/runs")
	@Operation(summary = "The province's runs, newest first, without details")
	List<OptimiserRun> runs(@PathVariable String provinceCode) {
		return actionPlans.runs(ProvinceCode.of(provinceCode));
	}

	@GetMapping(BASE + "/runs/{runId}")
	@Operation(summary = "One run with its inputs, result, explanations and the greedy baseline")
	OptimiserRun runDetail(@PathVariable String provinceCode, @PathVariable long runId) {
		return actionPlans.run(ProvinceCode.of(provinceCode), runId)
			.orElseThrow(() -> new NotInProvinceException("runId", runId));
	}

	@PostMapping(BASE + "/runs/{runId}/adopt")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Adopt a run's portfolio as the fiscal-year action plans (refused without a portfolio)")
	void adopt(@PathVariable String provinceCode, @PathVariable long runId) {
		actionPlans.adopt(ProvinceCode.of(provinceCode), runId);
	}

	@GetMapping(BASE + "/items")
	@Operation(summary = "The adopted action plan, by fiscal year")
	List<ActionItem> items(@PathVariable String provinceCode) {
		return actionPlans.actionItems(ProvinceCode.of(provinceCode));
	}

	@PutMapping(BASE + "/items/{itemId}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change an action plan item by hand")
	void updateItem(@PathVariable String provinceCode, @PathVariable long itemId, @RequestBody ItemBody body) {
		Map<String, Baht> funding = new LinkedHashMap<>();
		if (body.funding() != null) {
			body.funding().forEach((source, amount) -> funding.put(source, Baht.checked(amount, "funding." + source)));
		}
		actionPlans.updateActionItem(ProvinceCode.of(provinceCode), itemId, funding, body.agency(),
				body.status() == null ? ActionItemStatus.PLANNED : body.status(),
				body.milestones() == null ? List.of("", "", "", "") : body.milestones(), body.version());
	}

	@DeleteMapping(BASE + "/items/{itemId}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an item from the action plan")
	void deleteItem(@PathVariable String provinceCode, @PathVariable long itemId) {
		actionPlans.deleteActionItem(ProvinceCode.of(provinceCode), itemId);
	}

	private static FiscalYear fiscalYear(int year) {
		try {
			return new FiscalYear(year);
		}
		catch (IllegalArgumentException outOfRange) {
			throw new InvalidInputException("actionplan.budget.yearOutsidePlan", year, "", "");
		}
	}
}
