package org.smartcityplanner.profile.web;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.internal.ProfileUseCases;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province profile page: context in five parts, development-plan strategies and SWOT. Everyone of the
 * province reads it; admins, consultants and coordinators edit it.
 */
@Controller
class ProfileController {

	private final ProfileUseCases profile;
	private final ProfilePage page;

	ProfileController(ProfileUseCases profile, ProfilePage page) {
		this.profile = profile;
		this.page = page;
	}

	@GetMapping("/p/{provinceCode}/profile")
	String show(@PathVariable String provinceCode, Model model) {
		return page.render(ProvinceCode.of(provinceCode), model);
	}

	/**
	 * Saves the context. When someone else saved since the form was loaded, the form comes back with this
	 * user's text kept, the other person's saved text shown beside it, and the newer version in the form: saving
	 * again is then a deliberate choice, never a silent overwrite.
	 */
	@PostMapping("/p/{provinceCode}/profile")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String saveContext(@PathVariable String provinceCode, @Valid @ModelAttribute("contextForm") ContextForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (errors.hasErrors()) {
			return page.render(province, model);
		}
		try {
			profile.saveContext(province, form.getVersion(), form.parts());
		}
		catch (OptimisticLockingFailureException e) {
			var latest = profile.contextOf(province);
			model.addAttribute("contextConflict", latest);
			form.setVersion(latest.version());
			errors.reject("profile.context.conflict");
			return page.render(province, model);
		}
		redirect.addFlashAttribute("flashSuccess", "profile.context.saved");
		return "redirect:/p/" + province.value() + "/profile#context";
	}
}
