package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import java.util.stream.Collectors;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
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
 * Named versions of the plan: save the plan as it is now, list versions, read one back read-only.
 */
@Controller
class VersionController {

	private final PlanUseCases plans;
	private final PlanPageSupport pages;
	private final ReferenceApi reference;

	VersionController(PlanUseCases plans, PlanPageSupport pages, ReferenceApi reference) {
		this.plans = plans;
		this.pages = pages;
		this.reference = reference;
	}

	@GetMapping("/p/{provinceCode}/plan/versions")
	String versions(@PathVariable String provinceCode, Model model) {
		LoadedPlan plan = pages.require(provinceCode);
		model.addAttribute("plan", plan);
		model.addAttribute("versions", plans.versions(ProvinceCode.of(provinceCode)));
		return "plan/versions";
	}

	@PostMapping("/p/{provinceCode}/plan/versions")
	@PreAuthorize(EDITORS)
	String save(@PathVariable String provinceCode, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			plans.saveVersion(ProvinceCode.of(provinceCode), name);
			redirect.addFlashAttribute("flashSuccess", "plan.versionSaved");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("flashError", "plan.rule.versionName");
		}
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/plan/versions";
	}

	@GetMapping("/p/{provinceCode}/plan/versions/{versionId}")
	String version(@PathVariable String provinceCode, @PathVariable long versionId, Model model) {
		PlanDocument document = plans.version(ProvinceCode.of(provinceCode), versionId)
			.orElseThrow(PlanWeb::notFound);
		model.addAttribute("document", document);
		model.addAttribute("summary", plans.versions(ProvinceCode.of(provinceCode)).stream()
			.filter(version -> version.id() == versionId).findFirst().orElseThrow(PlanWeb::notFound));
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("goalsByDimension",
				document.goals().stream().collect(Collectors.groupingBy(Goal::dimension)));
		model.addAttribute("kpisByOwner",
				document.kpis().stream().collect(Collectors.groupingBy(kpi -> kpi.ownerId().value())));
		return "plan/version";
	}
}
