package org.smartcityplanner.actionplan.web;

import static org.smartcityplanner.actionplan.web.ActionPlanPages.API;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.shared.Baht;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio optimiser as JSON: the province's envelopes and minimums, and optimiser runs (started with 202 and
 * solved in the background) with their adoption as the fiscal-year action plans. Money in requests is decimal baht
 * (at most two decimals); in responses satang.
 */
@RestController
@Tag(name = "Action plan", description = "Budget sources, project budgets, portfolio optimiser and fiscal-year action plan")
class OptimiserApiController {

	private final ActionPlanUseCases actionPlans;

	OptimiserApiController(ActionPlanUseCases actionPlans) {
		this.actionPlans = actionPlans;
	}

	@GetMapping(API + "/envelopes")
	@Operation(summary = "Envelopes: source code to fiscal year to amount")
	Map<String, Map<Integer, Baht>> envelopes(@PathVariable String provinceCode) {
		return actionPlans.envelopes(ProvinceCode.of(provinceCode));
	}

	@PutMapping(API + "/envelopes")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Replace the given envelopes (baht; null removes one)")
	void setEnvelopes(@PathVariable String provinceCode, @RequestBody Map<String, Map<Integer, BigDecimal>> body) {
		Map<String, Map<Integer, Baht>> envelopes = new LinkedHashMap<>();
		body.forEach((source, years) -> {
			if (years == null) {
				throw new InvalidInputException("actionplan.envelope.noYears", source);
			}
			Map<Integer, Baht> amounts = new LinkedHashMap<>();
			years.forEach((year, amount) -> amounts.put(year,
					amount == null ? null : Baht.checked(amount, source + "." + year)));
			envelopes.put(source, amounts);
		});
		actionPlans.saveEnvelopes(ProvinceCode.of(provinceCode), envelopes);
	}

	@GetMapping(API + "/minimums")
	@Operation(summary = "Minimums per dimension or target area")
	List<MinimumRule> minimums(@PathVariable String provinceCode) {
		return actionPlans.minimums(ProvinceCode.of(provinceCode));
	}

	@PostMapping(API + "/minimums")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Add a minimum")
	void addMinimum(@PathVariable String provinceCode, @RequestBody MinimumRule body) {
		actionPlans.addMinimum(ProvinceCode.of(provinceCode), body);
	}

	@DeleteMapping(API + "/minimums/{id}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a minimum")
	void deleteMinimum(@PathVariable String provinceCode, @PathVariable long id) {
		actionPlans.deleteMinimum(ProvinceCode.of(provinceCode), id);
	}

	@PostMapping(API + "/runs")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@Operation(summary = "Queue an optimiser run (or a what-if of an earlier run); poll the Location until it is DONE")
	ResponseEntity<Map<String, Long>> run(@PathVariable String provinceCode, @RequestBody RunRequestBody body) {
		long id = actionPlans.startRun(ProvinceCode.of(provinceCode), body.toRequest(RunRequest.MAX_TIME_LIMIT_SECONDS));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/provinces/" + provinceCode + "/actionplan/runs/" + id))
			.body(Map.of("id", id));
	}

	@GetMapping(API + "/runs")
	@Operation(summary = "The province's runs, newest first, without details")
	List<OptimiserRun> runs(@PathVariable String provinceCode) {
		return actionPlans.runs(ProvinceCode.of(provinceCode));
	}

	@GetMapping(API + "/runs/{runId}")
	@Operation(summary = "One run with its inputs, result, explanations and the greedy baseline")
	OptimiserRun runDetail(@PathVariable String provinceCode, @PathVariable long runId) {
		return actionPlans.run(ProvinceCode.of(provinceCode), runId)
			.orElseThrow(() -> new NotInProvinceException("runId", String.valueOf(runId)));
	}

	@PostMapping(API + "/runs/{runId}/adopt")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Adopt a run's portfolio as the fiscal-year action plans (refused without a portfolio)")
	void adopt(@PathVariable String provinceCode, @PathVariable long runId) {
		actionPlans.adopt(ProvinceCode.of(provinceCode), runId);
	}
}
