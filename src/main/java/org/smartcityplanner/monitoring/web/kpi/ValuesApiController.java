package org.smartcityplanner.monitoring.web.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.ApprovedKpiValue;
import org.smartcityplanner.monitoring.KpiStanding;
import org.smartcityplanner.monitoring.MonitoringApi;
import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.ImportResult;
import org.smartcityplanner.monitoring.internal.kpi.KpiImportService;
import org.smartcityplanner.monitoring.internal.kpi.ValueService;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Owners' values, their approval, bulk import and the approved figures over the API. */
@RestController
@Tag(name = "KPI follow-up: values", description = "KPI values reported by their owners and approved by the coordinator")
class ValuesApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/monitoring";

	private final ValueService values;
	private final FollowUpQueries queries;
	private final KpiImportService imports;
	private final MonitoringApi monitoring;
	private final IdentityApi identity;

	ValuesApiController(ValueService values, FollowUpQueries queries, KpiImportService imports,
			MonitoringApi monitoring, IdentityApi identity) {
		this.values = values;
		this.queries = queries;
		this.imports = imports;
		this.monitoring = monitoring;
		this.identity = identity;
	}

	@GetMapping(BASE + "/my-updates")
	@Operation(summary = "The KPIs the caller owns in every open period, with what was reported so far")
	List<ApiViews.Due> myUpdates(@PathVariable String provinceCode) {
		long userId = identity.currentUser().orElseThrow().id();
		return queries.dueUpdates(ProvinceCode.of(provinceCode), userId).stream().map(ApiViews.Due::of).toList();
	}

	@PostMapping(BASE + "/values")
	@Operation(summary = "The caller reports a KPI they own for an open period (again after a return); 400 with the "
			+ "reason for a locked period, a KPI not owned, a value that does not fit the unit, a missing source, or a "
			+ "missing note when the value is not on track; nothing is saved then")
	ResponseEntity<ApiViews.Value> submit(@PathVariable String provinceCode, @RequestBody ApiViews.SubmitBody body) {
		if (body.periodId() == null || body.kpiId() == null) {
			throw new InvalidInputException("monitoring.kpi.api.periodAndKpiRequired");
		}
		var saved = values.submit(ProvinceCode.of(provinceCode), body.periodId(), body.kpiId(), body.value(),
				body.source(), body.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(ApiViews.Value.of(saved));
	}

	@PostMapping(BASE + "/values/{valueId}/approve")
	@Operation(summary = "The coordinator approves a submitted value; only approved values count anywhere public")
	ResponseEntity<Void> approve(@PathVariable String provinceCode, @PathVariable long valueId,
			@RequestBody ApiViews.VersionBody body) {
		values.approve(ProvinceCode.of(provinceCode), valueId, PeriodsApiController.version(body.version()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(BASE + "/values/{valueId}/return")
	@Operation(summary = "The coordinator returns a submitted value to its owner with a reason")
	ResponseEntity<Void> returnValue(@PathVariable String provinceCode, @PathVariable long valueId,
			@RequestBody ApiViews.ReturnBody body) {
		values.returnValue(ProvinceCode.of(provinceCode), valueId, PeriodsApiController.version(body.version()),
				body.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(BASE + "/my-updates/import")
	@Operation(summary = "Bulk update from the template (CSV or XLSX, at most 1 MB): 200 with the count saved, or "
			+ "422 with every row error (row, column, message key) and nothing saved")
	ResponseEntity<ImportResult> importFile(@PathVariable String provinceCode,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("monitoring.kpi.import.file.required");
		}
		try {
			ImportResult result = imports.importFile(ProvinceCode.of(provinceCode), file.getOriginalFilename(),
					file.getBytes());
			return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
				.body(result);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping(BASE + "/approved-values")
	@Operation(summary = "Approved values of the plan's KPIs (fiscal year B.E., quarter 1 = October–December)")
	List<ApprovedKpiValue> approved(@PathVariable String provinceCode) {
		return monitoring.approvedValues(ProvinceCode.of(provinceCode));
	}

	@GetMapping(BASE + "/standings")
	@Operation(summary = "Each KPI's latest approved value against its year's target: ON_TRACK, AT_RISK or OFF_TRACK")
	List<KpiStanding> standings(@PathVariable String provinceCode) {
		return monitoring.standings(ProvinceCode.of(provinceCode));
	}
}
