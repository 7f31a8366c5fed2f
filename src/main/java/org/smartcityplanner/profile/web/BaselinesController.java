package org.smartcityplanner.profile.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province's indicator baselines: every member reads them; admins, consultants and coordinators add, change
 * and remove them one by one (files go through {@link BaselineImportController}).
 */
@Controller
class BaselinesController {

	private final ProfileUseCases profile;
	private final BaselinesPage page;

	BaselinesController(ProfileUseCases profile, BaselinesPage page) {
		this.profile = profile;
		this.page = page;
	}

	@GetMapping("/p/{provinceCode}/baselines")
	String list(@PathVariable String provinceCode, @RequestParam(defaultValue = "") String dimension, Model model) {
		return page.list(ProvinceCode.of(provinceCode), dimension, model);
	}

	@PostMapping("/p/{provinceCode}/baselines")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String add(@PathVariable String provinceCode, @Valid @ModelAttribute("baselineForm") BaselineForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		BaselineDraft draft = checked(province, null, form, errors);
		if (draft == null) {
			return page.list(province, "", model);
		}
		try {
			profile.addBaseline(province, draft);
		}
		catch (InvalidInputException e) {
			// someone saved the same indicator, area and year between the check and the save
			errors.rejectValue("year", e.messageKey(), e.arguments().toArray(), null);
			return page.list(province, "", model);
		}
		redirect.addFlashAttribute("flashSuccess", "baselines.added");
		return redirectToList(province);
	}

	@GetMapping("/p/{provinceCode}/baselines/{baselineId}/edit")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String edit(@PathVariable String provinceCode, @PathVariable long baselineId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		IndicatorBaseline baseline = find(province, baselineId);
		model.addAttribute("baselineForm", BaselineForm.of(baseline));
		return page.form(province, baseline, model);
	}

	@PostMapping("/p/{provinceCode}/baselines/{baselineId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String update(@PathVariable String provinceCode, @PathVariable long baselineId,
			@Valid @ModelAttribute("baselineForm") BaselineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		IndicatorBaseline baseline = find(province, baselineId);
		BaselineDraft draft = checked(province, baselineId, form, errors);
		if (draft == null) {
			return page.form(province, baseline, model);
		}
		try {
			profile.updateBaseline(province, baselineId, form.getVersion(), draft);
		}
		catch (OptimisticLockingFailureException e) {
			IndicatorBaseline latest = find(province, baselineId);
			model.addAttribute("conflict", new BaselinesPage.BaselineRow(latest, BaselineNumbers.format(latest.value())));
			form.setVersion(latest.version());
			errors.reject("baselines.conflict");
			return page.form(province, latest, model);
		}
		catch (InvalidInputException e) {
			errors.rejectValue("year", e.messageKey(), e.arguments().toArray(), null);
			return page.form(province, baseline, model);
		}
		redirect.addFlashAttribute("flashSuccess", "baselines.saved");
		return redirectToList(province);
	}

	@PostMapping("/p/{provinceCode}/baselines/{baselineId}/delete")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String delete(@PathVariable String provinceCode, @PathVariable long baselineId, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		profile.deleteBaseline(province, baselineId);
		redirect.addFlashAttribute("flashSuccess", "baselines.deleted");
		return redirectToList(province);
	}

	/** The draft when the form and the stored data allow it, else {@code null} with the fields marked. */
	private BaselineDraft checked(ProvinceCode province, Long baselineId, BaselineForm form, BindingResult errors) {
		BaselineDraft draft = form.draft(errors);
		if (draft == null) {
			return null;
		}
		BaselineForm.reject(profile.checkBaseline(province, baselineId, draft), errors);
		return errors.hasErrors() ? null : draft;
	}

	private IndicatorBaseline find(ProvinceCode province, long baselineId) {
		try {
			return profile.baseline(province, baselineId).orElseThrow();
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String redirectToList(ProvinceCode province) {
		return "redirect:/p/" + province.value() + "/baselines";
	}
}
