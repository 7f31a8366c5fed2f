package org.smartcityplanner.profile.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
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
 * Editing the SWOT of a province or of one of its target areas. Reading happens on the profile and area pages.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class SwotController {

	private static final String VIEW = "profile/swot-form";

	private final ProfileUseCases profile;

	SwotController(ProfileUseCases profile) {
		this.profile = profile;
	}

	@GetMapping("/p/{provinceCode}/profile/swot")
	String editProvince(@PathVariable String provinceCode, Model model) {
		return edit(ProvinceCode.of(provinceCode), null, model);
	}

	@PostMapping("/p/{provinceCode}/profile/swot")
	String saveProvince(@PathVariable String provinceCode, @Valid @ModelAttribute("swotForm") SwotForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return save(ProvinceCode.of(provinceCode), null, form, errors, model, redirect);
	}

	@GetMapping("/p/{provinceCode}/areas/{areaId}/swot")
	String editArea(@PathVariable String provinceCode, @PathVariable long areaId, Model model) {
		return edit(ProvinceCode.of(provinceCode), areaId, model);
	}

	@PostMapping("/p/{provinceCode}/areas/{areaId}/swot")
	String saveArea(@PathVariable String provinceCode, @PathVariable long areaId,
			@Valid @ModelAttribute("swotForm") SwotForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return save(ProvinceCode.of(provinceCode), areaId, form, errors, model, redirect);
	}

	private String edit(ProvinceCode province, Long areaId, Model model) {
		addSubject(province, areaId, model);
		model.addAttribute("swotForm", SwotForm.of(profile.swotOf(province, areaId)));
		return VIEW;
	}

	private String save(ProvinceCode province, Long areaId, SwotForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		addSubject(province, areaId, model);
		form.check(errors);
		if (errors.hasErrors()) {
			return VIEW;
		}
		try {
			profile.saveSwot(province, areaId, form.getVersion(), form.lists());
		}
		catch (OptimisticLockingFailureException e) {
			var latest = profile.swotOf(province, areaId);
			model.addAttribute("conflict", latest);
			form.setVersion(latest.version());
			errors.reject("swot.conflict");
			return VIEW;
		}
		redirect.addFlashAttribute("flashSuccess", "swot.saved");
		return areaId == null ? "redirect:/p/" + province.value() + "/profile#swot"
				: "redirect:/p/" + province.value() + "/areas/" + areaId + "#swot";
	}

	private void addSubject(ProvinceCode province, Long areaId, Model model) {
		TargetAreaView area = null;
		if (areaId != null) {
			try {
				area = profile.area(province, areaId).orElseThrow();
			}
			catch (NoSuchElementException e) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		model.addAttribute("area", area);
	}
}
