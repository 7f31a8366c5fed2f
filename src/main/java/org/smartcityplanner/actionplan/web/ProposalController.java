package org.smartcityplanner.actionplan.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's proposal form to one budget source: what the plan already answers, the fields to type, the
 * source's verdict, and the "ready to submit" mark that only a complete form may carry.
 */
@Controller
class ProposalController {

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;

	ProposalController(ActionPlanUseCases actionPlans, ActionPlanPages pages) {
		this.actionPlans = actionPlans;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/actionplan/projects/{projectId}/proposals")
	String choose(@PathVariable String provinceCode, @PathVariable String projectId, @RequestParam String source) {
		return "redirect:/p/" + provinceCode + "/actionplan/projects/" + projectId + "/proposals/" + source;
	}

	@GetMapping("/p/{provinceCode}/actionplan/projects/{projectId}/proposals/{sourceCode}")
	String form(@PathVariable String provinceCode, @PathVariable String projectId, @PathVariable String sourceCode,
			Model model) {
		var project = pages.project(provinceCode, projectId);
		SourceRules source = source(sourceCode);
		Proposal proposal = actionPlans.proposal(ProvinceCode.of(provinceCode), projectId, sourceCode);
		pages.addCommon(model, provinceCode);
		model.addAttribute("project", project);
		model.addAttribute("source", source);
		model.addAttribute("proposal", proposal);
		model.addAttribute("deadline", source.rule().deadlineFor(
				pages.plan(provinceCode).header().period().first()));
		Set<FormField> typedFields = new LinkedHashSet<>();
		source.rule().requiredFields().stream().filter(field -> !field.fromPlan()).forEach(typedFields::add);
		FormField.typed().forEach(typedFields::add);
		model.addAttribute("typedFields", List.copyOf(typedFields));
		model.addAttribute("planFields", java.util.Arrays.stream(FormField.values()).filter(FormField::fromPlan).toList());
		model.addAttribute("breaks", proposal.status().ruleBreaks().stream()
			.map(finding -> pages.text(finding.messageKey(), finding.arguments().stream().map(arg -> named(arg, model))
				.toArray()))
			.toList());
		model.addAttribute("shownFromPlan", shown(proposal, project, model));
		return "actionplan/proposal";
	}

	/** Codes in rule findings as names: sources, dimensions and project types. */
	@SuppressWarnings("unchecked")
	private Object named(Object argument, Model model) {
		String text = String.valueOf(argument);
		Map<String, String> sources = (Map<String, String>) model.getAttribute("sourceNames");
		Map<String, String> dimensions = (Map<String, String>) model.getAttribute("dimensionNames");
		if (sources.containsKey(text)) {
			return sources.get(text);
		}
		if (dimensions.containsKey(text)) {
			return dimensions.get(text);
		}
		for (org.smartcityplanner.actionplan.rules.ProjectType type : org.smartcityplanner.actionplan.rules.ProjectType.values()) {
			if (type.name().equals(text)) {
				return pages.text("actionplan.type." + text);
			}
		}
		return argument;
	}

	/** The plan's values as the form shows them: area names, money with separators. */
	@SuppressWarnings("unchecked")
	private static Map<FormField, String> shown(Proposal proposal, org.smartcityplanner.actionplan.CandidateProject project,
			Model model) {
		Map<FormField, String> shown = new EnumMap<>(FormField.class);
		shown.putAll(proposal.fromPlan());
		Map<String, String> areas = (Map<String, String>) model.getAttribute("areaNames");
		shown.put(FormField.TARGET_AREA, String.join("\n", project.areaIds().stream()
			.map(id -> areas.getOrDefault(String.valueOf(id), String.valueOf(id))).toList()));
		if (!proposal.fromPlan().getOrDefault(FormField.BUDGET_BY_CATEGORY, "").isEmpty()) {
			shown.put(FormField.BUDGET_BY_CATEGORY, new MoneyFormat().baht(project.budget().sheet().total()));
		}
		return shown;
	}

	private SourceRules source(String sourceCode) {
		try {
			return actionPlans.sourceRules(sourceCode);
		}
		catch (InvalidInputException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@PostMapping("/p/{provinceCode}/actionplan/projects/{projectId}/proposals/{sourceCode}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String save(@PathVariable String provinceCode, @PathVariable String projectId, @PathVariable String sourceCode,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int version,
			RedirectAttributes redirect) {
		pages.project(provinceCode, projectId);
		source(sourceCode);
		Map<FormField, String> typed = new EnumMap<>(FormField.class);
		for (FormField field : FormField.typed()) {
			String value = params.get("field_" + field.name());
			if (value != null) {
				typed.put(field, value);
			}
		}
		return pages.change(redirect, path(provinceCode, projectId, sourceCode),
				() -> actionPlans.saveProposal(ProvinceCode.of(provinceCode), projectId, sourceCode, typed, version));
	}

	@PostMapping("/p/{provinceCode}/actionplan/projects/{projectId}/proposals/{sourceCode}/ready")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String ready(@PathVariable String provinceCode, @PathVariable String projectId, @PathVariable String sourceCode,
			@RequestParam boolean ready, RedirectAttributes redirect) {
		pages.project(provinceCode, projectId);
		source(sourceCode);
		return pages.change(redirect, path(provinceCode, projectId, sourceCode),
				() -> actionPlans.markReady(ProvinceCode.of(provinceCode), projectId, sourceCode, ready));
	}

	private static String path(String provinceCode, String projectId, String sourceCode) {
		return "/p/" + provinceCode + "/actionplan/projects/" + projectId + "/proposals/" + sourceCode;
	}
}
