package org.smartcityplanner.plan.web;

import jakarta.validation.Valid;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanComments;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.internal.PlanItemSources;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's home page (the tree by dimension), starting a plan, its overview (title, period, vision,
 * missions), the required chapters and the approval status.
 */
@Controller
class PlanController {

	static final String EDITORS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	/** Who may reopen an approved plan; the service checks the same rule (see PlanUseCases#reopen). */
	static final String REOPENERS = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private final PlanUseCases plans;
	private final PlanPageSupport pages;
	private final PlanComments comments;
	private final PlanItemSources sources;

	PlanController(PlanUseCases plans, PlanPageSupport pages, PlanComments comments, PlanItemSources sources) {
		this.plans = plans;
		this.pages = pages;
		this.comments = comments;
		this.sources = sources;
	}

	@GetMapping("/p/{provinceCode}/plan")
	String plan(@PathVariable String provinceCode, @RequestParam(required = false) String dimension, Model model) {
		var plan = pages.plan(provinceCode);
		if (plan.isEmpty()) {
			if (!model.containsAttribute("startPlanForm")) {
				StartPlanForm form = new StartPlanForm();
				form.setFirstYear(FiscalYear.containing(java.time.LocalDate.now()).next().buddhistYear());
				model.addAttribute("startPlanForm", form);
			}
			return "plan/start";
		}
		pages.addTree(model, plan.get(), dimension);
		model.addAttribute("openComments", comments.openCounts(ProvinceCode.of(provinceCode)));
		model.addAttribute("itemSources", sources.counts(ProvinceCode.of(provinceCode)));
		model.addAttribute("fromThePublic", sources.fromThePublic(ProvinceCode.of(provinceCode)));
		model.addAttribute("plan", plan.get());
		// an approved plan leaves its status only through "reopen as a new draft", offered on its own
		model.addAttribute("nextStatuses", plans.nextSteps(ProvinceCode.of(provinceCode)));
		model.addAttribute("canReopen", plans.canReopen(ProvinceCode.of(provinceCode)));
		var history = plans.statusHistory(ProvinceCode.of(provinceCode));
		model.addAttribute("statusHistory", history);
		// the read-only banner says when and by whom the plan reached its status (the newest step comes first)
		model.addAttribute("statusReached", history.stream()
			.filter(step -> step.to() == plan.get().header().status()).findFirst().orElse(null));
		return "plan/tree";
	}

	@PostMapping("/p/{provinceCode}/plan")
	@PreAuthorize(EDITORS)
	String start(@PathVariable String provinceCode, @Valid @ModelAttribute("startPlanForm") StartPlanForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				plans.startPlan(ProvinceCode.of(provinceCode), form.getTitle().trim(),
						PlanForms.period(form.getFirstYear(), form.getFirstYear() + form.getYears() - 1));
				redirect.addFlashAttribute("flashSuccess", "plan.started");
				return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/plan";
			}
			catch (InvalidInputException refused) {
				pages.reject(errors, refused);
			}
		}
		return "plan/start";
	}

	@GetMapping("/p/{provinceCode}/plan/overview")
	@PreAuthorize(EDITORS)
	String overview(@PathVariable String provinceCode, Model model) {
		var plan = pages.plan(provinceCode);
		if (plan.isEmpty() || !plan.get().header().editable()) {
			return redirectToPlan(provinceCode);
		}
		var header = plan.get().header();
		OverviewForm form = new OverviewForm();
		form.setTitle(header.title());
		form.setTitleEn(header.titleEn());
		form.setFirstYear(header.period().first().buddhistYear());
		form.setLastYear(header.period().last().buddhistYear());
		form.setVision(header.vision());
		form.setMissions(String.join("\n", header.missions()));
		form.setVersion(header.version());
		model.addAttribute("overviewForm", form);
		model.addAttribute("plan", plan.get());
		return "plan/overview";
	}

	@PostMapping("/p/{provinceCode}/plan/overview")
	@PreAuthorize(EDITORS)
	String saveOverview(@PathVariable String provinceCode, @Valid @ModelAttribute("overviewForm") OverviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var plan = pages.plan(provinceCode);
		if (plan.isEmpty()) {
			return redirectToPlan(provinceCode);
		}
		model.addAttribute("plan", plan.get());
		if (!errors.hasErrors() && form.getLastYear() < form.getFirstYear()) {
			errors.rejectValue("lastYear", "plan.form.lastBeforeFirst");
		}
		if (errors.hasErrors()) {
			return "plan/overview";
		}
		try {
			plans.updateOverview(ProvinceCode.of(provinceCode), form.getVersion(), form.getTitle(), form.getTitleEn(),
					PlanForms.period(form.getFirstYear(), form.getLastYear()), form.getVision(),
					PlanForms.lines(form.getMissions()));
		}
		catch (InvalidInputException refused) {
			pages.reject(errors, refused);
			return "plan/overview";
		}
		catch (OptimisticLockingFailureException conflict) {
			return conflict(model, errors, plan.get(), form);
		}
		redirect.addFlashAttribute("flashSuccess", "plan.saved");
		return redirectToPlan(provinceCode);
	}

	@GetMapping("/p/{provinceCode}/plan/sections")
	@PreAuthorize(EDITORS)
	String sections(@PathVariable String provinceCode, Model model) {
		var plan = pages.plan(provinceCode);
		if (plan.isEmpty() || !plan.get().header().editable()) {
			return redirectToPlan(provinceCode);
		}
		model.addAttribute("plan", plan.get());
		model.addAttribute("sectionsForm",
				PlanForms.sectionsForm(plan.get().header().sections(), plan.get().header().version()));
		return "plan/sections";
	}

	@PostMapping("/p/{provinceCode}/plan/sections")
	@PreAuthorize(EDITORS)
	String saveSections(@PathVariable String provinceCode, @Valid @ModelAttribute("sectionsForm") SectionsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var plan = pages.plan(provinceCode);
		if (plan.isEmpty()) {
			return redirectToPlan(provinceCode);
		}
		model.addAttribute("plan", plan.get());
		if (errors.hasErrors()) {
			return "plan/sections";
		}
		try {
			plans.updateSections(ProvinceCode.of(provinceCode), form.getVersion(), PlanForms.sections(form));
		}
		catch (InvalidInputException refused) {
			pages.reject(errors, refused);
			return "plan/sections";
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute("conflictSections", plan.get().header().sections());
			model.addAttribute("conflictBy", plan.get().header().updatedBy());
			form.setVersion(plan.get().header().version());
			errors.reject("plan.conflict");
			return "plan/sections";
		}
		redirect.addFlashAttribute("flashSuccess", "plan.saved");
		return redirectToPlan(provinceCode);
	}

	@PostMapping("/p/{provinceCode}/plan/status")
	@PreAuthorize(EDITORS)
	String changeStatus(@PathVariable String provinceCode, @RequestParam PlanStatus target,
			@RequestParam int version, RedirectAttributes redirect) {
		var current = pages.plan(provinceCode).map(plan -> plan.header().status());
		if (current.orElse(null) == PlanStatus.APPROVED && target == PlanStatus.DRAFT) {
			return reopen(provinceCode, version, redirect);
		}
		try {
			plans.changeStatus(ProvinceCode.of(provinceCode), version, target);
			redirect.addFlashAttribute("flashSuccess", "plan.statusChanged");
		}
		catch (InvalidInputException | OptimisticLockingFailureException refused) {
			redirect.addFlashAttribute("flashError", "plan.statusRefused");
		}
		return redirectToPlan(provinceCode);
	}

	/**
	 * Reopens an approved plan as a new draft. The plan as approved is kept as a saved version first (unless the
	 * newest saved version already is it), named in the user's language.
	 */
	@PostMapping("/p/{provinceCode}/plan/reopen")
	@PreAuthorize(REOPENERS)
	String reopen(@PathVariable String provinceCode, @RequestParam int version, RedirectAttributes redirect) {
		var plan = pages.require(provinceCode);
		String snapshotName = pages.text("plan.reopen.snapshotName",
				java.util.List.of(String.valueOf(plan.header().revisionNumber())));
		try {
			plans.reopen(ProvinceCode.of(provinceCode), version, snapshotName);
			redirect.addFlashAttribute("flashSuccess", "plan.reopened");
		}
		catch (InvalidInputException | OptimisticLockingFailureException refused) {
			redirect.addFlashAttribute("flashError", "plan.statusRefused");
		}
		return redirectToPlan(provinceCode);
	}

	private String conflict(Model model, BindingResult errors, LoadedPlan current, OverviewForm form) {
		model.addAttribute("conflictHeader", current.header());
		form.setVersion(current.header().version());
		errors.reject("plan.conflict");
		return "plan/overview";
	}

	static String redirectToPlan(String provinceCode) {
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/plan";
	}
}
