package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpHeaders;
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
 * The master plan as JSON: read it whole, export and import it as one document (ids kept, so a round trip is
 * equal), and write it item by item. Writes name the item version they start from (409 when stale).
 */
@RestController
@Tag(name = "Master plan", description = "A province's Smart City Master Plan")
class PlanApiController {

	private final PlanUseCases plans;

	PlanApiController(PlanUseCases plans) {
		this.plans = plans;
	}

	/**
	 * The plan with what a client needs to write back.
	 *
	 * @param document the whole plan
	 * @param itemVersions item id to the version to send with an update
	 * @param status approval status
	 * @param planVersion version of the plan's own fields
	 */
	record PlanResponse(PlanDocument document, Map<String, Integer> itemVersions, PlanStatus status, int planVersion) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan")
	@Operation(summary = "The whole plan with item versions")
	PlanResponse plan(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		LoadedPlan plan = require(provinceCode);
		return new PlanResponse(plan.document(), plan.versions(), plan.header().status(), plan.header().version());
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/export")
	@Operation(summary = "The plan as one JSON document to download (import it with PUT .../plan)")
	ResponseEntity<PlanDocument> export(@PathVariable String provinceCode) {
		LoadedPlan plan = require(provinceCode);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"smart-city-plan-" + plan.header().province().value() + ".json\"")
			.body(plan.document());
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Import: replace every item with those of the document (ids kept)")
	void importPlan(@PathVariable String provinceCode, @RequestBody PlanDocument document) {
		plans.importDocument(ProvinceCode.of(provinceCode), document);
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/goals")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a goal; the id is generated when omitted")
	ItemId addGoal(@PathVariable String provinceCode, @RequestBody Goal goal) {
		return plans.addGoal(ProvinceCode.of(provinceCode), withId(goal));
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan/goals/{goalId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a goal (not its strategies)")
	void updateGoal(@PathVariable String provinceCode, @PathVariable String goalId, @RequestParam int version,
			@RequestBody Goal goal) {
		plans.updateGoal(ProvinceCode.of(provinceCode), new Goal(new ItemId(goalId), goal.dimension(), goal.title(),
				goal.description(), java.util.List.of(), goal.alignment(), goal.titleEn()), version);
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/goals/{goalId}/strategies")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a strategy under a goal")
	ItemId addStrategy(@PathVariable String provinceCode, @PathVariable String goalId, @RequestBody Strategy strategy) {
		Strategy identified = strategy.id() == null ? new Strategy(ItemId.random(), strategy.title(),
				strategy.description(), java.util.List.of(), strategy.alignment(), strategy.titleEn()) : strategy;
		return plans.addStrategy(ProvinceCode.of(provinceCode), new ItemId(goalId), identified);
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan/strategies/{strategyId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a strategy (not its projects)")
	void updateStrategy(@PathVariable String provinceCode, @PathVariable String strategyId, @RequestParam int version,
			@RequestBody Strategy strategy) {
		plans.updateStrategy(ProvinceCode.of(provinceCode), new Strategy(new ItemId(strategyId), strategy.title(),
				strategy.description(), java.util.List.of(), strategy.alignment(), strategy.titleEn()), version);
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/strategies/{strategyId}/projects")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a project under a strategy")
	ItemId addProject(@PathVariable String provinceCode, @PathVariable String strategyId,
			@RequestBody Project project) {
		return plans.addProject(ProvinceCode.of(provinceCode), new ItemId(strategyId), withId(project));
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan/projects/{projectId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a project; strategyId moves it")
	void updateProject(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestParam String strategyId, @RequestParam int version, @RequestBody Project project) {
		plans.updateProject(ProvinceCode.of(provinceCode), new ItemId(strategyId), withId(project, projectId), version);
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/kpis")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a KPI to a goal or project (ownerId)")
	ItemId addKpi(@PathVariable String provinceCode, @RequestBody Kpi kpi) {
		Kpi identified = kpi.id() == null ? new Kpi(ItemId.random(), kpi.ownerId(), kpi.indicatorCode(), kpi.name(),
				kpi.unit(), kpi.baseline(), kpi.targets(), kpi.nameEn()) : kpi;
		return plans.addKpi(ProvinceCode.of(provinceCode), identified);
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan/kpis/{kpiId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a KPI: indicator, baseline, yearly targets or owner")
	void updateKpi(@PathVariable String provinceCode, @PathVariable String kpiId, @RequestParam int version,
			@RequestBody Kpi kpi) {
		plans.updateKpi(ProvinceCode.of(provinceCode), new Kpi(new ItemId(kpiId), kpi.ownerId(), kpi.indicatorCode(),
				kpi.name(), kpi.unit(), kpi.baseline(), kpi.targets(), kpi.nameEn()), version);
	}

	@DeleteMapping("/api/v1/provinces/{provinceCode}/plan/{kind}/{itemId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an item (GOAL, STRATEGY, PROJECT or KPI) with everything below it")
	void delete(@PathVariable String provinceCode, @PathVariable ItemKind kind, @PathVariable String itemId,
			@RequestParam int version) {
		plans.deleteItem(ProvinceCode.of(provinceCode), kind, new ItemId(itemId), version);
	}

	private LoadedPlan require(String provinceCode) {
		return plans.plan(ProvinceCode.of(provinceCode)).orElseThrow(PlanWeb::notFound);
	}

	private static Goal withId(Goal goal) {
		return goal.id() != null ? goal : new Goal(ItemId.random(), goal.dimension(), goal.title(), goal.description(),
				java.util.List.of(), goal.alignment(), goal.titleEn());
	}

	private static Project withId(Project project) {
		return project.id() != null ? project : withId(project, ItemId.random().value());
	}

	private static Project withId(Project p, String id) {
		return new Project(new ItemId(id), p.name(), p.rationale(), p.objectives(), p.targetAreaIds(), p.leadAgency(),
				p.partners(), p.startYear(), p.endYear(), p.budget(), p.estimatedTotal(), p.outputs(), p.outcomes(),
				p.alignment(), p.nameEn());
	}
}
