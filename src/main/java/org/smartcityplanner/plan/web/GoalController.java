package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;
import static org.smartcityplanner.plan.web.PlanController.redirectToPlan;

import jakarta.validation.Valid;

import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
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
 * Goals and their strategies: add, edit, delete. A save over someone else's change shows their version and
 * keeps the user's input for a second try.
 */
@Controller
@PreAuthorize(EDITORS)
class GoalController {

	private final PlanUseCases plans;
	private final PlanPageSupport pages;

	GoalController(PlanUseCases plans, PlanPageSupport pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/p/{provinceCode}/plan/goals/new")
	String newGoal(@PathVariable String provinceCode, @RequestParam(defaultValue = "ENV") String dimension,
			Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		GoalForm form = new GoalForm();
		form.setDimension(dimension);
		model.addAttribute("goalForm", form);
		pages.addChoices(model, plan);
		return "plan/goal-form";
	}

	@PostMapping("/p/{provinceCode}/plan/goals")
	String addGoal(@PathVariable String provinceCode, @Valid @ModelAttribute("goalForm") GoalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LoadedPlan plan = plan(provinceCode);
		ItemId id = ItemId.random();
		return pages.save(errors, model, plan, redirect, "plan/goal-form", id,
				() -> plans.addGoal(ProvinceCode.of(provinceCode), PlanForms.goal(id, form)));
	}

	@GetMapping("/p/{provinceCode}/plan/goals/{goalId}")
	String editGoal(@PathVariable String provinceCode, @PathVariable String goalId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		var goal = PlanPageSupport.goal(plan, goalId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("goalForm", PlanForms.goalForm(goal, plan.versionOf(goalId)));
		model.addAttribute("itemId", goalId);
		pages.addChoices(model, plan);
		return "plan/goal-form";
	}

	@PostMapping("/p/{provinceCode}/plan/goals/{goalId}")
	String updateGoal(@PathVariable String provinceCode, @PathVariable String goalId,
			@Valid @ModelAttribute("goalForm") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LoadedPlan plan = plan(provinceCode);
		var current = PlanPageSupport.goal(plan, goalId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("itemId", goalId);
		return pages.update(errors, model, plan, redirect, "plan/goal-form", current.id(), current, form::setVersion, () -> plans
				.updateGoal(ProvinceCode.of(provinceCode), PlanForms.goal(current.id(), form), form.getVersion()));
	}

	@GetMapping("/p/{provinceCode}/plan/goals/{goalId}/strategies/new")
	String newStrategy(@PathVariable String provinceCode, @PathVariable String goalId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		model.addAttribute("goal", PlanPageSupport.goal(plan, goalId).orElseThrow(PlanWeb::notFound));
		model.addAttribute("strategyForm", new StrategyForm());
		pages.addChoices(model, plan);
		return "plan/strategy-form";
	}

	@PostMapping("/p/{provinceCode}/plan/goals/{goalId}/strategies")
	String addStrategy(@PathVariable String provinceCode, @PathVariable String goalId,
			@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LoadedPlan plan = plan(provinceCode);
		var goal = PlanPageSupport.goal(plan, goalId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("goal", goal);
		ItemId id = ItemId.random();
		return pages.save(errors, model, plan, redirect, "plan/strategy-form", id,
				() -> plans.addStrategy(ProvinceCode.of(provinceCode), goal.id(), PlanForms.strategy(id, form)));
	}

	@GetMapping("/p/{provinceCode}/plan/strategies/{strategyId}")
	String editStrategy(@PathVariable String provinceCode, @PathVariable String strategyId, Model model) {
		LoadedPlan plan = pages.requireEditable(provinceCode);
		var strategy = PlanPageSupport.strategy(plan, strategyId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("strategyForm", PlanForms.strategyForm(strategy, plan.versionOf(strategyId)));
		model.addAttribute("itemId", strategyId);
		pages.addChoices(model, plan);
		return "plan/strategy-form";
	}

	@PostMapping("/p/{provinceCode}/plan/strategies/{strategyId}")
	String updateStrategy(@PathVariable String provinceCode, @PathVariable String strategyId,
			@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LoadedPlan plan = plan(provinceCode);
		var current = PlanPageSupport.strategy(plan, strategyId).orElseThrow(PlanWeb::notFound);
		model.addAttribute("itemId", strategyId);
		return pages.update(errors, model, plan, redirect, "plan/strategy-form", current.id(), current, form::setVersion,
					() -> plans.updateStrategy(ProvinceCode.of(provinceCode), PlanForms.strategy(current.id(), form),
							form.getVersion()));
	}

	@PostMapping("/p/{provinceCode}/plan/items/{kind}/{itemId}/delete")
	String delete(@PathVariable String provinceCode, @PathVariable ItemKind kind, @PathVariable String itemId,
			@RequestParam int version, RedirectAttributes redirect) {
		try {
			plans.deleteItem(ProvinceCode.of(provinceCode), kind, new ItemId(itemId), version);
			redirect.addFlashAttribute("flashSuccess", "plan.deleted");
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "plan.deleteRefused");
		}
		catch (InvalidInputException refused) {
			// e.g. the plan became read-only: say so rather than blame someone else's edit
			PlanWeb.flashRefusal(redirect, refused);
		}
		return redirectToPlan(provinceCode);
	}

	private LoadedPlan plan(String provinceCode) {
		return pages.require(provinceCode);
	}
}
