package org.smartcityplanner.monitoring.web.project;

import static org.smartcityplanner.monitoring.web.project.MonitoringPages.PAGES;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.monitoring.internal.project.ProjectProgress;
import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The projects of the adopted action plan with their progress (budget against committed and disbursed, filters),
 * and a project's page: its allocation, its report history and the form for this quarter's report.
 */
@Controller
@PreAuthorize(MonitoringPages.READERS)
class ProjectProgressController {

	private final ProjectProgressService progress;
	private final MonitoringPages pages;
	private final java.time.Clock clock;

	ProjectProgressController(ProjectProgressService progress, MonitoringPages pages, java.time.Clock clock) {
		this.progress = progress;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping(PAGES + "/projects")
	String projects(@PathVariable String provinceCode, @RequestParam(required = false) String dimension,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Model model) {
		List<ProjectProgress> all = progress.projects(ProvinceCode.of(provinceCode));
		List<ProjectProgress> shown = all.stream()
			.filter(p -> dimension == null || dimension.isBlank() || dimension.equals(p.dimension()))
			.filter(p -> status == null || status.isBlank()
					|| ("NONE".equals(status) ? p.status() == null : p.status() != null && p.status().name().equals(status)))
			.filter(p -> year == null || p.allocation().amounts().containsKey(new FiscalYear(year)))
			.toList();
		model.addAttribute("projects", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("years", new TreeSet<>(all.stream()
			.flatMap(p -> p.allocation().amounts().keySet().stream().map(FiscalYear::buddhistYear)).toList()));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("dimensionNames", pages.names(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("filterDimension", dimension);
		model.addAttribute("filterStatus", status);
		model.addAttribute("filterYear", year);
		return "monitoring/projects";
	}

	@GetMapping(PAGES + "/projects/{projectId}")
	String project(@PathVariable String provinceCode, @PathVariable String projectId, Model model) {
		ProjectProgress project = pages.project(provinceCode, projectId);
		addProject(model, provinceCode, project);
		return "monitoring/project";
	}

	@PostMapping(PAGES + "/projects/{projectId}/reports")
	@PreAuthorize(MonitoringPages.REPORTERS)
	String report(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestParam Map<String, String> params,
			@RequestParam(name = "milestoneDone", required = false) List<String> milestonesDone, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ProjectProgress project = pages.project(provinceCode, projectId);
		try {
			progress.submit(ProvinceCode.of(provinceCode), ReportForm.read(project, params, milestonesDone));
		}
		catch (InvalidInputException refused) {
			// the page again with what was typed, so nothing is lost, and the reason
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			addProject(model, provinceCode, project);
			model.addAttribute("typed", params);
			model.addAttribute("typedDone", milestonesDone == null ? List.of() : milestonesDone);
			model.addAttribute("refusal", pages.text(refused));
			return "monitoring/project";
		}
		redirect.addFlashAttribute("flashSuccess", "monitoring.project.saved");
		return "redirect:/p/" + provinceCode + "/monitoring/projects/" + projectId;
	}

	private void addProject(Model model, String provinceCode, ProjectProgress project) {
		model.addAttribute("project", project);
		model.addAttribute("history", progress.history(ProvinceCode.of(provinceCode), project.projectId()));
		model.addAttribute("statuses", ProjectStatus.values());
		Map<String, org.smartcityplanner.monitoring.domain.project.MoneyLine> latestMoney = new java.util.HashMap<>();
		if (project.latest() != null) {
			project.latest().report().money().forEach(line -> latestMoney.put(line.year() + "_" + line.source(), line));
		}
		model.addAttribute("latestMoney", latestMoney);
		model.addAttribute("sourceNames", pages.names(ReferenceKind.BUDGET_SOURCE));
		model.addAttribute("dimensionNames", pages.names(ReferenceKind.SMART_DIMENSION));
		ReportingQuarter current = ReportingQuarter.containing(java.time.LocalDate.now(clock.withZone(
				java.time.ZoneId.of("Asia/Bangkok"))));
		model.addAttribute("currentPeriod", current.code());
		model.addAttribute("periods", List.of(current, previous(current)).stream().map(ReportingQuarter::code).toList());
	}

	private static ReportingQuarter previous(ReportingQuarter quarter) {
		return quarter.quarter() == 1 ? new ReportingQuarter(new FiscalYear(quarter.year().buddhistYear() - 1), 4)
				: new ReportingQuarter(quarter.year(), quarter.quarter() - 1);
	}
}
