package org.smartcityplanner.monitoring.web.kpi;

import java.util.List;

import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.KpiOwner;
import org.smartcityplanner.monitoring.internal.kpi.OwnerService;
import org.smartcityplanner.monitoring.internal.kpi.ThresholdService;
import org.smartcityplanner.monitoring.internal.period.PeriodService;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reporting periods, owners and thresholds over the API; changes are the coordinator's (403 otherwise). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
@Tag(name = "KPI follow-up: periods and owners", description = "Quarterly reporting periods of the approved plan")
class PeriodsApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/monitoring";

	private final PeriodService periods;
	private final OwnerService owners;
	private final ThresholdService thresholds;
	private final FollowUpQueries queries;

	PeriodsApiController(PeriodService periods, OwnerService owners, ThresholdService thresholds,
			FollowUpQueries queries) {
		this.periods = periods;
		this.owners = owners;
		this.thresholds = thresholds;
		this.queries = queries;
	}

	@GetMapping(BASE + "/periods")
	@Operation(summary = "The province's reporting periods, oldest first")
	List<ApiViews.Period> periods(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return periods.periods(ProvinceCode.of(provinceCode)).stream().map(ApiViews.Period::of).toList();
	}

	@PostMapping(BASE + "/periods/generate")
	@Operation(summary = "Creates the quarters of the approved plan's years that have no period yet; answers all "
			+ "periods. 400 without an approved plan")
	List<ApiViews.Period> generate(@PathVariable String provinceCode) {
		periods.generate(ProvinceCode.of(provinceCode));
		return periods(provinceCode);
	}

	@PostMapping(BASE + "/periods/{periodId}/open")
	@Operation(summary = "Opens a planned period for reporting; 409 when the version is stale")
	ApiViews.Period open(@PathVariable String provinceCode, @PathVariable long periodId,
			@RequestBody ApiViews.VersionBody body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		periods.open(province, periodId, version(body.version()));
		return ApiViews.Period.of(periods.period(province, periodId));
	}

	@PostMapping(BASE + "/periods/{periodId}/lock")
	@Operation(summary = "Locks an open period for good: its values never change again")
	ApiViews.Period lock(@PathVariable String provinceCode, @PathVariable long periodId,
			@RequestBody ApiViews.VersionBody body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		periods.lock(province, periodId, version(body.version()));
		return ApiViews.Period.of(periods.period(province, periodId));
	}

	@GetMapping(BASE + "/periods/{periodId}/values")
	@Operation(summary = "Every KPI of the plan in one period: owner, target, value, status, whether not reported")
	List<ApiViews.Review> review(@PathVariable String provinceCode, @PathVariable long periodId) {
		return queries.review(ProvinceCode.of(provinceCode), periodId).stream().map(ApiViews.Review::of).toList();
	}

	@GetMapping(BASE + "/owners")
	@Operation(summary = "Owners of the plan's KPIs by KPI id")
	List<KpiOwner> owners(@PathVariable String provinceCode) {
		return List.copyOf(owners.owners(ProvinceCode.of(provinceCode)).values());
	}

	@PutMapping(BASE + "/owners/{kpiId}")
	@Operation(summary = "Names a KPI's owner: an agency and an account of the province's coordinators or "
			+ "working group; 404 for a KPI or account not of the province")
	List<KpiOwner> assign(@PathVariable String provinceCode, @PathVariable String kpiId,
			@RequestBody ApiViews.OwnerBody body) {
		if (body.userId() == null) {
			throw new InvalidInputException("monitoring.kpi.rule.owner.required");
		}
		owners.assign(ProvinceCode.of(provinceCode), kpiId, body.agency(), body.userId(), body.version());
		return owners(provinceCode);
	}

	@PutMapping(BASE + "/thresholds")
	@Operation(summary = "Sets the plan's status thresholds (percent of the year's target)")
	ApiViews.ThresholdsBody thresholds(@PathVariable String provinceCode, @RequestBody ApiViews.ThresholdsBody body) {
		if (body.onTrack() == null || body.atRisk() == null) {
			throw new InvalidInputException("monitoring.kpi.rule.thresholds.required");
		}
		thresholds.save(ProvinceCode.of(provinceCode), body.onTrack(), body.atRisk());
		return body;
	}

	static int version(Integer version) {
		if (version == null) {
			throw new InvalidInputException("monitoring.kpi.api.versionRequired");
		}
		return version;
	}
}
