package org.smartcityplanner.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which fiscal years a KPI needs targets for — its project's years inside the plan, every year of the plan for a
 * goal's KPI — as the KPI form asks them, so an API client does not have to invent targets for years a project
 * does not run.
 */
@RestController
@Tag(name = "Master plan")
class KpiTargetsApiController {

	private final PlanUseCases plans;

	KpiTargetsApiController(PlanUseCases plans) {
		this.plans = plans;
	}

	/**
	 * The years a new KPI of a goal or project needs targets for.
	 *
	 * @param ownerId the goal or project
	 * @param years fiscal years (B.E.), in order
	 */
	record TargetYears(String ownerId, List<Integer> years) {
	}

	/**
	 * One KPI's targets against the years it applies to.
	 *
	 * @param kpiId the KPI
	 * @param years the fiscal years (B.E.) it needs a target for
	 * @param targets every year it needs or has a target for, in order
	 */
	record KpiTargets(String kpiId, List<Integer> years, List<YearTarget> targets) {
	}

	/**
	 * A fiscal year of a KPI.
	 *
	 * @param year fiscal year (B.E.)
	 * @param value the target, {@code null} while missing
	 * @param applies whether the KPI applies in that year; {@code false} for a target kept from outside its years
	 */
	record YearTarget(int year, BigDecimal value, boolean applies) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/items/{ownerId}/target-years")
	@Operation(summary = "The fiscal years a KPI of this goal or project needs targets for (the project's years "
			+ "inside the plan; every plan year for a goal)")
	TargetYears targetYears(@PathVariable String provinceCode, @PathVariable String ownerId) {
		LoadedPlan plan = require(provinceCode);
		boolean known = PlanPageSupport.goal(plan, ownerId).isPresent()
				|| PlanPageSupport.project(plan, ownerId).isPresent();
		if (!known) {
			throw PlanWeb.notFound();
		}
		return new TargetYears(ownerId, buddhist(plan.document().targetYearsOf(new ItemId(ownerId))));
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/kpis/{kpiId}/targets")
	@Operation(summary = "A KPI's targets against the years it applies to; a target outside those years is listed "
			+ "with applies=false")
	KpiTargets targets(@PathVariable String provinceCode, @PathVariable String kpiId) {
		LoadedPlan plan = require(provinceCode);
		Kpi kpi = PlanPageSupport.kpi(plan, kpiId).orElseThrow(PlanWeb::notFound);
		List<Integer> years = buddhist(plan.document().targetYearsOf(kpi.ownerId()));
		TreeSet<Integer> all = new TreeSet<>(years);
		kpi.targets().keySet().forEach(year -> all.add(year.buddhistYear()));
		return new KpiTargets(kpiId, years, all.stream()
			.map(year -> new YearTarget(year, kpi.targets().get(new FiscalYear(year)), years.contains(year)))
			.toList());
	}

	private LoadedPlan require(String provinceCode) {
		return plans.plan(ProvinceCode.of(provinceCode)).orElseThrow(PlanWeb::notFound);
	}

	private static List<Integer> buddhist(List<FiscalYear> years) {
		return years.stream().map(FiscalYear::buddhistYear).toList();
	}
}
