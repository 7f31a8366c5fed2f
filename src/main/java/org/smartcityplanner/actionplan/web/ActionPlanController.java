package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
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
 * The action plan's project list and one project's budget, settings and scores.
 */
@Controller
class ActionPlanController {

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;
	private final ReferenceApi reference;

	ActionPlanController(ActionPlanUseCases actionPlans, ActionPlanPages pages, ReferenceApi reference) {
		this.actionPlans = actionPlans;
		this.pages = pages;
		this.reference = reference;
	}

	@GetMapping("/p/{provinceCode}/actionplan")
	String overview(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		pages.addCommon(model, provinceCode);
		model.addAttribute("hasPlan", model.getAttribute("years") != null);
		List<CandidateProject> projects = actionPlans.projects(province);
		model.addAttribute("projects", projects);
		model.addAttribute("readiness", ProjectRows.of(projects));
		model.addAttribute("support", actionPlans.publicSupport(province));
		return "actionplan/overview";
	}

	@GetMapping("/p/{provinceCode}/actionplan/projects/{projectId}")
	String project(@PathVariable String provinceCode, @PathVariable String projectId, Model model) {
		CandidateProject project = pages.project(provinceCode, projectId);
		if (!model.containsAttribute("budgetForm")) {
			model.addAttribute("budgetForm", BudgetForm.of(project.budget().sheet()));
		}
		return projectPage(provinceCode, project, model);
	}

	private String projectPage(String provinceCode, CandidateProject project, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		pages.addCommon(model, provinceCode);
		model.addAttribute("project", project);
		model.addAttribute("sheet", project.budget().sheet());
		model.addAttribute("types", ProjectType.values());
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("others", actionPlans.projects(province).stream()
			.filter(other -> !other.id().equals(project.id())).toList());
		model.addAttribute("proposals", actionPlans.proposals(province, project.id()));
		model.addAttribute("support", actionPlans.publicSupport(province).get(project.id()));
		BudgetSheet sheet = project.budget().sheet();
		model.addAttribute("yearTotals", YearMaps.byYear(sheet.lines().keySet(), sheet::yearTotal));
		model.addAttribute("estimates", YearMaps.byYear(project.planEstimate().keySet(), project.planEstimate()::get));
		Map<String, Map<Integer, org.smartcityplanner.shared.Baht>> spread = new java.util.LinkedHashMap<>();
		if (sheet.check().isEmpty()) {
			sheet.bySourceAndYear().forEach((source, years) -> spread.put(source, YearMaps.byYear(years.keySet(), years::get)));
		}
		model.addAttribute("spread", spread);
		return "actionplan/project";
	}

	@PostMapping("/p/{provinceCode}/actionplan/projects/{projectId}/budget")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveBudget(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		CandidateProject project = pages.project(provinceCode, projectId);
		BudgetForm form = new BudgetForm(params);
		try {
			List<Integer> years = pages.plan(provinceCode).header().period().years().stream()
				.map(year -> year.buddhistYear()).toList();
			BudgetSheet sheet = form.toSheet(years, reference.items(ReferenceKind.BUDGET_CATEGORY),
					reference.items(ReferenceKind.BUDGET_SOURCE));
			actionPlans.saveBudget(ProvinceCode.of(provinceCode), projectId, sheet);
		}
		catch (InvalidInputException refused) {
			model.addAttribute("budgetForm", form);
			model.addAttribute("budgetRefusal", pages.text(refused));
			return projectPage(provinceCode, project, model);
		}
		redirect.addFlashAttribute("flashSuccess", "actionplan.saved");
		return "redirect:/p/" + provinceCode + "/actionplan/projects/" + projectId + "#budget";
	}

	@PostMapping("/p/{provinceCode}/actionplan/projects/{projectId}/settings")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveSettings(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "false") boolean mandatory,
			@RequestParam(defaultValue = "") String exclusiveGroup, @RequestParam(required = false) String dependsOn,
			@RequestParam(defaultValue = "0") int maxShiftYears, @RequestParam(defaultValue = "0") int version,
			RedirectAttributes redirect) {
		pages.project(provinceCode, projectId);
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/projects/" + projectId + "#settings", () -> {
			ProjectType projectType = type == null || type.isBlank() ? null : ProjectType.valueOf(type);
			actionPlans.saveSettings(ProvinceCode.of(provinceCode), projectId,
					new ProjectSettings(projectType, mandatory, exclusiveGroup, dependsOn, maxShiftYears), version);
		});
	}

	@PostMapping("/p/{provinceCode}/actionplan/projects/{projectId}/scores")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String saveScores(@PathVariable String provinceCode, @PathVariable String projectId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		pages.project(provinceCode, projectId);
		return pages.change(redirect, "/p/" + provinceCode + "/actionplan/projects/" + projectId + "#scores", () -> {
			Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
			for (Criterion criterion : Criterion.values()) {
				String raw = params.get("score_" + criterion.name());
				if (raw != null && !raw.isBlank()) {
					try {
						scores.put(criterion, org.smartcityplanner.shared.NumberText.decimal(raw));
					}
					catch (IllegalArgumentException notANumber) {
						throw new InvalidInputException("actionplan.score.notANumber", raw);
					}
				}
			}
			actionPlans.saveScores(ProvinceCode.of(provinceCode), projectId, scores);
		});
	}
}
