package org.smartcityplanner.profile.web;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.LocalizedText;
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
 * A province's target areas: the table (always available, also the non-map view) and the form to add one.
 * Province scope is enforced before these methods run (ProvinceScopeInterceptor).
 */
@Controller
class AreasController {

	private final ProfileApi profile;

	AreasController(ProfileApi profile) {
		this.profile = profile;
	}

	@GetMapping("/p/{provinceCode}/areas")
	String list(@PathVariable String provinceCode, Model model) {
		model.addAttribute("areas", profile.areasOf(ProvinceCode.of(provinceCode)));
		return "profile/areas";
	}

	@GetMapping("/p/{provinceCode}/areas/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String newArea(@PathVariable String provinceCode, Model model) {
		model.addAttribute("areaForm", new AreaForm());
		return form(model);
	}

	@PostMapping("/p/{provinceCode}/areas")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String create(@PathVariable String provinceCode, @Valid @ModelAttribute("areaForm") AreaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		profile.addArea(ProvinceCode.of(provinceCode), new LocalizedText(form.getNameTh().trim(), form.getNameEn()),
				form.getType(), form.getPopulation(), form.getAreaSqKm());
		redirect.addFlashAttribute("flashSuccess", "areas.created");
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/areas";
	}

	private String form(Model model) {
		model.addAttribute("areaTypes", AreaType.values());
		return "profile/area-form";
	}
}
