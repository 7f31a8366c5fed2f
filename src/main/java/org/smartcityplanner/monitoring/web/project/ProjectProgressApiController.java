package org.smartcityplanner.monitoring.web.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.smartcityplanner.monitoring.web.project.MonitoringPages.API;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.monitoring.domain.project.Milestone;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.monitoring.internal.project.ProjectProgress;
import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.monitoring.internal.project.ReportInput;
import org.smartcityplanner.monitoring.internal.project.StoredReport;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project progress over the API: the action plan's projects with allocation and latest report, one project's
 * history, and submitting a quarterly report. Money in requests is decimal baht (at most two decimals); in
 * responses decimal baht too.
 */
@RestController
@PreAuthorize(MonitoringPages.READERS)
@Tag(name = "Monitoring", description = "Project progress against the adopted action plan, eMENSCR export, renewal readiness")
class ProjectProgressApiController {

	private final ProjectProgressService progress;
	private final MonitoringPages pages;

	ProjectProgressApiController(ProjectProgressService progress, MonitoringPages pages) {
		this.progress = progress;
		this.pages = pages;
	}

	/** Money of one fiscal year and budget source. */
	record MoneyBody(@Schema(requiredMode = REQUIRED, example = "2570") Integer fiscalYear,
			@Schema(requiredMode = REQUIRED, example = "PROV") String source,
			@Schema(requiredMode = REQUIRED, description = "baht committed to date") BigDecimal committed,
			@Schema(requiredMode = REQUIRED, description = "baht disbursed to date") BigDecimal disbursed) {
	}

	/** A quarterly progress report. */
	record ReportBody(@Schema(requiredMode = REQUIRED, example = "2570-Q2") String period,
			@Schema(requiredMode = REQUIRED) ProjectStatus status,
			@Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100") Integer percentComplete,
			@Schema(description = "positions (from 0) of the milestones done") Set<Integer> milestonesDone,
			@Schema(description = "money to date per allocation line") List<MoneyBody> money,
			@Schema(description = "required when delayed or cancelled") String note) {
	}

	/** A project's allocation line. */
	record AllocationLine(int fiscalYear, String source, BigDecimal allocated) {
	}

	/** A kept report (who reported it is left out: the page shows it to the team). */
	record ReportView(long id, String period, ProjectStatus status, int percentComplete, List<Milestone> milestones,
			List<MoneyView> money, String note, Instant reportedAt) {
	}

	/** Money of a kept report. */
	record MoneyView(int fiscalYear, String source, BigDecimal committed, BigDecimal disbursed) {
	}

	/** A project with its allocation and latest report. */
	record ProjectView(String projectId, String name, String dimension, String agency, List<AllocationLine> allocation,
			BigDecimal allocated, BigDecimal committed, BigDecimal disbursed, ProjectStatus status,
			int percentComplete, List<String> milestones, ReportView latest) {
	}

	@GetMapping(API + "/projects")
	@Operation(summary = "The adopted action plan's projects with their allocation and latest progress report")
	List<ProjectView> projects(@PathVariable String provinceCode) {
		return progress.projects(ProvinceCode.of(provinceCode)).stream().map(ProjectProgressApiController::view).toList();
	}

	@GetMapping(API + "/projects/{projectId}")
	@Operation(summary = "One project of the action plan with its latest progress report")
	ProjectView project(@PathVariable String provinceCode, @PathVariable String projectId) {
		return view(pages.project(provinceCode, projectId));
	}

	@GetMapping(API + "/projects/{projectId}/reports")
	@Operation(summary = "A project's progress reports, newest first")
	List<ReportView> reports(@PathVariable String provinceCode, @PathVariable String projectId) {
		pages.project(provinceCode, projectId);
		return progress.history(ProvinceCode.of(provinceCode), projectId).stream()
			.map(ProjectProgressApiController::view).toList();
	}

	@PostMapping(API + "/projects/{projectId}/reports")
	@PreAuthorize(MonitoringPages.REPORTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit a quarterly progress report (checked against the adopted allocation)")
	ReportView submit(@PathVariable String provinceCode, @PathVariable String projectId, @RequestBody ReportBody body) {
		pages.project(provinceCode, projectId);
		if (body == null || body.period() == null) {
			throw new InvalidInputException("monitoring.project.period.invalid", "");
		}
		if (body.percentComplete() == null) {
			throw new InvalidInputException("monitoring.project.percent.invalid", "");
		}
		List<MoneyLine> money = new ArrayList<>();
		for (MoneyBody line : body.money() == null ? List.<MoneyBody>of() : body.money()) {
			if (line == null || line.fiscalYear() == null || line.source() == null) {
				throw new InvalidInputException("monitoring.project.money.lineIncomplete");
			}
			FiscalYear year;
			try {
				year = new FiscalYear(line.fiscalYear());
			}
			catch (IllegalArgumentException outOfRange) {
				throw new InvalidInputException("monitoring.project.money.notAllocated",
						line.fiscalYear() + " " + line.source());
			}
			String where = year + " " + line.source();
			money.add(new MoneyLine(year, line.source(), Baht.checked(line.committed(), where),
					Baht.checked(line.disbursed(), where)));
		}
		ProvinceCode province = ProvinceCode.of(provinceCode);
		long id = progress.submit(province, new ReportInput(projectId, ReportingQuarter.parse(body.period()),
				body.status(), body.percentComplete(), body.milestonesDone(), money, body.note()));
		return progress.history(province, projectId).stream().filter(stored -> stored.id() == id).findFirst()
			.map(ProjectProgressApiController::view).orElseThrow();
	}

	private static ProjectView view(ProjectProgress project) {
		List<AllocationLine> allocation = new ArrayList<>();
		project.allocation().amounts().forEach((year, bySource) -> bySource.forEach((source, amount) -> allocation
			.add(new AllocationLine(year.buddhistYear(), source, amount.toBigDecimal()))));
		return new ProjectView(project.projectId(), project.name(), project.dimension(), project.agency(), allocation,
				project.allocation().total().toBigDecimal(), project.committed().toBigDecimal(),
				project.disbursed().toBigDecimal(), project.status(), project.percentComplete(), project.milestones(),
				project.latest() == null ? null : view(project.latest()));
	}

	private static ReportView view(StoredReport stored) {
		var report = stored.report();
		return new ReportView(stored.id(), report.period().code(), report.status(), report.percentComplete(),
				report.milestones(), report.money().stream().map(line -> new MoneyView(line.year().buddhistYear(),
						line.source(), line.committed().toBigDecimal(), line.disbursed().toBigDecimal())).toList(),
				report.note(), stored.reportedAt());
	}
}
