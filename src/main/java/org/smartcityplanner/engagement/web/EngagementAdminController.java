package org.smartcityplanner.engagement.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.internal.EngagementLifecycle;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins open province engagements; the team is then chosen on the engagement's own page.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EngagementAdminController {

	private final EngagementUseCases engagements;
	private final EngagementLifecycle lifecycle;
	private final ReferenceApi reference;

	EngagementAdminController(EngagementUseCases engagements, EngagementLifecycle lifecycle,
			ReferenceApi reference) {
		this.engagements = engagements;
		this.lifecycle = lifecycle;
		this.reference = reference;
	}

	@GetMapping("/admin/engagements")
	String list(Model model) {
		model.addAttribute("engagements", engagements.allEngagements());
		model.addAttribute("provinces", reference.provinces());
		return "engagement/list";
	}

	@GetMapping("/admin/engagements/new")
	String newEngagement(Model model) {
		model.addAttribute("engagementForm", new EngagementForm());
		return form(model);
	}

	@PostMapping("/admin/engagements")
	String create(@Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!errors.hasFieldErrors("provinceCode") && (!ProvinceCode.isValid(form.getProvinceCode())
				|| reference.province(ProvinceCode.of(form.getProvinceCode())).isEmpty())) {
			errors.rejectValue("provinceCode", "validation.province.unknown");
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			EngagementView opened = lifecycle.open(ProvinceCode.of(form.getProvinceCode()), form.getTitle(),
					form.getStartDate(), form.getEndDate());
			redirect.addFlashAttribute("flashSuccess", "engagements.created");
			return "redirect:/admin/engagements/" + opened.id();
		}
		catch (InvalidInputException refused) {
			Refusals.bind(refused, errors, locale);
			return form(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("provinces", reference.provinces());
		return "engagement/form";
	}
}
