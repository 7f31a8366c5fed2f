package org.smartcityplanner.actionplan.web;

import static org.smartcityplanner.actionplan.web.ActionPlanPages.API;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The optimiser's inputs as JSON, project by project: budget source rules, project budgets, settings and scores,
 * the criterion weights and the proposal forms. Money in requests is decimal baht (at most two decimals); in
 * responses satang. Envelopes, minimums and runs are in {@link OptimiserApiController}, the adopted plan in
 * {@link ActionItemApiController}.
 */
@RestController
@Tag(name = "Action plan", description = "Budget sources, project budgets, portfolio optimiser and fiscal-year action plan")
class BudgetApiController {

	private final ActionPlanUseCases actionPlans;

	BudgetApiController(ActionPlanUseCases actionPlans) {
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
	 * @param rule the rules (the cap, maxPerProject, in baht like every amount clients send)
	 * @param version the version read
	 */
	record SourceRuleBody(SourceRule rule, int version) {
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

	@GetMapping(API + "/projects")
	@Operation(summary = "The plan's projects with budgets, settings and scores")
	List<CandidateProject> projects(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return actionPlans.projects(ProvinceCode.of(provinceCode));
	}

	@PutMapping(API + "/projects/{projectId}/budget")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's budget lines and funding split (baht); refused when the split does not add up "
			+ "or breaks a source's rule (eligibility, multi-year, cap, co-funding), naming the rule")
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

	@PutMapping(API + "/projects/{projectId}/settings")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's type and optimiser settings; refused on a dependency cycle")
	void settings(@PathVariable String provinceCode, @PathVariable String projectId, @RequestBody ProjectSettings body,
			@RequestParam int version) {
		actionPlans.saveSettings(ProvinceCode.of(provinceCode), projectId, body, version);
	}

	@PutMapping(API + "/projects/{projectId}/scores")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace a project's criterion scores (0–10)")
	void scores(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestBody Map<Criterion, BigDecimal> body) {
		actionPlans.saveScores(ProvinceCode.of(provinceCode), projectId, body);
	}

	@GetMapping(API + "/weights")
	@Operation(summary = "Criterion weights and how they were set")
	WeightSettings weights(@PathVariable String provinceCode) {
		return actionPlans.weights(ProvinceCode.of(provinceCode));
	}

	@PutMapping(API + "/weights")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set weights directly")
	void setWeights(@PathVariable String provinceCode, @RequestBody Map<Criterion, BigDecimal> body) {
		actionPlans.saveDirectWeights(ProvinceCode.of(provinceCode), body);
	}

	@PutMapping(API + "/weights/ahp")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@Operation(summary = "Derive weights from AHP judgements (upper triangle); the answer has the consistency ratio")
	WeightSettings ahp(@PathVariable String provinceCode, @RequestBody double[][] upper) {
		if (upper.length != Criterion.values().length) {
			throw new InvalidInputException("actionplan.weights.judgementRange");
		}
		return actionPlans.saveAhpWeights(ProvinceCode.of(provinceCode), upper);
	}

	@GetMapping(API + "/projects/{projectId}/proposals/{sourceCode}")
	@Operation(summary = "A project's proposal to one source with its completeness")
	Proposal proposal(@PathVariable String provinceCode, @PathVariable String projectId,
			@PathVariable String sourceCode) {
		return actionPlans.proposal(ProvinceCode.of(provinceCode), projectId, sourceCode);
	}

	@PutMapping(API + "/projects/{projectId}/proposals/{sourceCode}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Save the typed fields of a proposal form")
	void saveProposal(@PathVariable String provinceCode, @PathVariable String projectId,
			@PathVariable String sourceCode, @RequestBody Map<FormField, String> body, @RequestParam int version) {
		actionPlans.saveProposal(ProvinceCode.of(provinceCode), projectId, sourceCode, body, version);
	}

	@PostMapping(API + "/projects/{projectId}/proposals/{sourceCode}/ready")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark a proposal ready to submit (refused while incomplete) or take the mark back")
	void ready(@PathVariable String provinceCode, @PathVariable String projectId, @PathVariable String sourceCode,
			@RequestParam boolean ready) {
		actionPlans.markReady(ProvinceCode.of(provinceCode), projectId, sourceCode, ready);
	}

	private static FiscalYear fiscalYear(int year) {
		try {
			return new FiscalYear(year);
		}
		catch (IllegalArgumentException outOfRange) {
			throw new InvalidInputException("actionplan.budget.yearOutsidePlan", String.valueOf(year), "", "");
		}
	}
}
