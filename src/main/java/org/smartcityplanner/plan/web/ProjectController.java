package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import jakarta.validation.Valid;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Projects under strategies: the full project sheet with areas, agencies, years, budget per fiscal year and
 * alignment. Moving a project to another strategy is a change of its strategy field.
 */
@Controller
@PreAuthorize(EDITORS)
class ProjectController {

	private final PlanUseCases plans;
	private final PlanPageSupport pages;

	ProjectController(PlanUseCases plans, PlanPageSupport pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/plan/strategies/{strategyId}/projects/new")
	String newProject(@PathVariable String provinceCode, @PathVariable String strategyId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		PlanPageSupport.strategy(plan, strategyId).orElseThrow(PlanWeb::notFound);
		ProjectForm form = new ProjectForm();
		form.setStrategyId(strategyId);
		form.setStartYear(plan.header().period().first().buddhistYear());
		form.setEndYear(plan.header().period().first().buddhistYear());
		model.addAttribute("projectForm", form);
		pages.addChoices(model, plan);
		return "plan/project-form";
	}

	@PostMapping("/p/{provinceCode}/plan/projects")
	String addProject(@PathVariable String provinceCode, @Valid @ModelAttribute("projectForm") ProjectForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LoadedPlan plan = pages.require(provinceCode);
		checkYears(form, errors);
		var strategy = PlanPageSupport.strategy(plan, form.getStrategyId()).orElseThrow(PlanWeb::notFound);
		ItemId id = ItemId.random();
		return pages.save(errors, model, plan, redirect, "plan/project-form", id,
				() -> plans.addProject(ProvinceCode.of(provinceCode), strategy.id(), PlanForms.project(id, form)));
	}

	@GetMapping("/p/{provinceCode}/plan/projects/{projectId}")
	String editProject(@PathVariable String provinceCode, @PathVariable String projectId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		var project = PlanPageSupport.project(plan, projectId).orElseThrow(PlanWeb::notFound);
		var strategy = PlanPageSupport.strategyOf(plan, projectId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("projectForm", PlanForms.projectForm(project, strategy.id(), plan.versionOf(projectId)));
		model.addAttribute("itemId", projectId);
		model.addAttribute("projectKpis", plan.document().kpisOf(project.id()));
		pages.addChoices(model, plan);
		return "plan/project-form";
	}

	@PostMapping("/p/{provinceCode}/plan/projects/{projectId}")
	String updateProject(@PathVariable String provinceCode, @PathVariable String projectId,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LoadedPlan plan = pages.require(provinceCode);
		var current = PlanPageSupport.project(plan, projectId).orElseThrow(PlanWeb::notFound);
		var strategy = PlanPageSupport.strategy(plan, form.getStrategyId()).orElseThrow(PlanWeb::notFound);
		model.addAttribute("itemId", projectId);
		model.addAttribute("projectKpis", plan.document().kpisOf(current.id()));
		checkYears(form, errors);
		return pages.update(errors, model, plan, redirect, "plan/project-form", current.id(), current, form::setVersion,
					() -> plans.updateProject(ProvinceCode.of(provinceCode), strategy.id(),
							PlanForms.project(current.id(), form), form.getVersion()));
	}

	/** Years are checked here too so the message sits at the field, not only at the top of the form. */
	private static void checkYears(ProjectForm form, BindingResult errors) {
		if (form.getStartYear() != null && form.getEndYear() != null && form.getEndYear() < form.getStartYear()) {
			errors.rejectValue("endYear", "plan.form.lastBeforeFirst");
		}
	}
}
