package org.smartcityplanner.profile.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyImport;
import org.smartcityplanner.profile.domain.StrategyRules;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province's development-plan strategies: add one, paste many, change or remove one.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class StrategiesController {

	private final ProfileUseCases profile;
	private final ProfilePage page;

	StrategiesController(ProfileUseCases profile, ProfilePage page) {
		this.profile = profile;
		this.page = page;
	}

	@PostMapping("/p/{provinceCode}/profile/strategies")
	String add(@PathVariable String provinceCode, @Valid @ModelAttribute("strategyForm") StrategyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		check(province, form, errors, null);
		if (errors.hasErrors()) {
			return page.render(province, model);
		}
		try {
			profile.addStrategy(province, form.draft());
		}
		catch (IllegalArgumentException e) {
			// another user took the code between the check and the save
			errors.rejectValue("code", "profile.strategies.code.taken");
			return page.render(province, model);
		}
		redirect.addFlashAttribute("flashSuccess", "profile.strategies.added");
		return redirectToList(province);
	}

	@PostMapping("/p/{provinceCode}/profile/strategies/import")
	String importLines(@PathVariable String provinceCode, @Valid @ModelAttribute("importForm") StrategyImportForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (!errors.hasFieldErrors("planYears") && StrategyRules.normalisePlanYears(form.getPlanYears()).isEmpty()) {
			errors.rejectValue("planYears", "profile.strategies.planYears.invalid");
		}
		if (errors.hasErrors()) {
			return page.render(province, model);
		}
		StrategyImport result = profile.importStrategies(province, form.getLines(), form.getPlanYears());
		if (!result.succeeded()) {
			errors.rejectValue("lines", "profile.strategies.import.failed");
			model.addAttribute("importProblems", result.problems());
			return page.render(province, model);
		}
		redirect.addFlashAttribute("flashSuccess", "profile.strategies.imported");
		return redirectToList(province);
	}

	@GetMapping("/p/{provinceCode}/profile/strategies/{strategyId}/edit")
	String edit(@PathVariable String provinceCode, @PathVariable long strategyId, Model model) {
		ProvincialStrategy strategy = find(ProvinceCode.of(provinceCode), strategyId);
		model.addAttribute("strategyForm", StrategyForm.of(strategy));
		model.addAttribute("strategyId", strategyId);
		return "profile/strategy-form";
	}

	@PostMapping("/p/{provinceCode}/profile/strategies/{strategyId}")
	String update(@PathVariable String provinceCode, @PathVariable long strategyId,
			@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		find(province, strategyId);
		model.addAttribute("strategyId", strategyId);
		check(province, form, errors, strategyId);
		if (errors.hasErrors()) {
			return "profile/strategy-form";
		}
		try {
			profile.updateStrategy(province, strategyId, form.getVersion(), form.draft());
		}
		catch (OptimisticLockingFailureException e) {
			ProvincialStrategy latest = find(province, strategyId);
			model.addAttribute("conflict", latest);
			form.setVersion(latest.version());
			errors.reject("profile.strategies.conflict");
			return "profile/strategy-form";
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("code", "profile.strategies.code.taken");
			return "profile/strategy-form";
		}
		redirect.addFlashAttribute("flashSuccess", "profile.strategies.saved");
		return redirectToList(province);
	}

	@PostMapping("/p/{provinceCode}/profile/strategies/{strategyId}/delete")
	String delete(@PathVariable String provinceCode, @PathVariable long strategyId, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		profile.deleteStrategy(province, strategyId);
		redirect.addFlashAttribute("flashSuccess", "profile.strategies.deleted");
		return redirectToList(province);
	}

	private void check(ProvinceCode province, StrategyForm form, BindingResult errors, Long ownId) {
		String code = form.getCode() == null ? "" : form.getCode().strip();
		if (!errors.hasFieldErrors("code") && !StrategyRules.isValidCode(code)) {
			errors.rejectValue("code", "profile.strategies.code.format");
		}
		if (!errors.hasFieldErrors("code") && profile.strategyByCode(province, code)
			.filter(other -> ownId == null || other.id() != ownId).isPresent()) {
			errors.rejectValue("code", "profile.strategies.code.taken");
		}
		if (!errors.hasFieldErrors("planYears") && StrategyRules.normalisePlanYears(form.getPlanYears()).isEmpty()) {
			errors.rejectValue("planYears", "profile.strategies.planYears.invalid");
		}
	}

	private ProvincialStrategy find(ProvinceCode province, long strategyId) {
		try {
			return profile.strategy(province, strategyId).orElseThrow();
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String redirectToList(ProvinceCode province) {
		return "redirect:/p/" + province.value() + "/profile#strategies";
	}
}
