package org.smartcityplanner.actionplan.web;

import java.util.List;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.participation.BallotKind;
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
 * Staff put plan projects to a participatory-budgeting vote; participation then runs the ballot on its own page,
 * and the public-support scores come back when it closes.
 */
@Controller
class PlanBallotController {

	private final ActionPlanUseCases actionPlans;
	private final ActionPlanPages pages;

	PlanBallotController(ActionPlanUseCases actionPlans, ActionPlanPages pages) {
		this.actionPlans = actionPlans;
		this.pages = pages;
	}

	/** Where participation shows a ballot to staff (open, close, paper ballots, results). */
	static String ballotPage(String provinceCode, long ballotId) {
		return "/p/" + provinceCode + "/participation/ballots/" + ballotId;
	}

	@GetMapping("/p/{provinceCode}/actionplan/ballots")
	String ballots(@PathVariable String provinceCode, Model model) {
		pages.plan(provinceCode);
		List<CandidateProject> projects = actionPlans.projects(ProvinceCode.of(provinceCode));
		// by default every project with a cost: one without cannot be shared a budget
		List<String> costed = projects.stream().filter(project -> project.cost().satang() > 0)
			.map(CandidateProject::id).toList();
		String title = pages.text("actionplan.ballot.defaultTitle",
				String.valueOf(pages.plan(provinceCode).header().period().first().buddhistYear()));
		return page(provinceCode, new PlanBallotForm(title, BallotKind.APPROVAL.name(), "", "", costed), model);
	}

	@PostMapping("/p/{provinceCode}/actionplan/ballots")
	@PreAuthorize(ActionPlanPages.EDITORS)
	String open(@PathVariable String provinceCode, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String maxChoices,
			@RequestParam(defaultValue = "") String budget,
			@RequestParam(name = "projectIds", required = false) List<String> projectIds, Model model,
			RedirectAttributes redirect) {
		pages.plan(provinceCode);
		PlanBallotForm form = new PlanBallotForm(title, kind, maxChoices, budget, projectIds);
		try {
			long ballotId = actionPlans.openBallot(ProvinceCode.of(provinceCode), form.toRequest());
			redirect.addFlashAttribute("flashSuccess", "actionplan.ballot.created");
			return "redirect:" + ballotPage(provinceCode, ballotId);
		}
		catch (InvalidInputException refused) {
			model.addAttribute("refusal", pages.text(refused));
			return page(provinceCode, form, model);
		}
	}

	private String page(String provinceCode, PlanBallotForm form, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		pages.addCommon(model, provinceCode);
		model.addAttribute("form", form);
		model.addAttribute("kinds", BallotKind.values());
		model.addAttribute("projects", actionPlans.projects(province));
		model.addAttribute("defaultBudget", actionPlans.defaultBallotBudget(province));
		model.addAttribute("firstYear", pages.plan(provinceCode).header().period().first().buddhistYear());
		model.addAttribute("ballots", actionPlans.ballots(province));
		model.addAttribute("support", actionPlans.publicSupport(province));
		return "actionplan/ballots";
	}
}
