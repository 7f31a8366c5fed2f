package org.smartcityplanner.engagement.web;

import jakarta.validation.Valid;

import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.reference.ReferenceApi;
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
 * Admins start province engagements and pick their consultant team; team members then reach the province.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EngagementAdminController {

	private final EngagementUseCases engagements;
	private final IdentityApi identity;
	private final ReferenceApi reference;

	EngagementAdminController(EngagementUseCases engagements, IdentityApi identity, ReferenceApi reference) {
		this.engagements = engagements;
		this.identity = identity;
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
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("provinceCode") && (!ProvinceCode.isValid(form.getProvinceCode())
				|| reference.province(ProvinceCode.of(form.getProvinceCode())).isEmpty())) {
			errors.rejectValue("provinceCode", "validation.province.unknown");
		}
		var pool = identity.usersWithRole(Role.CONSULTANT).stream().map(user -> user.id()).toList();
		if (!pool.containsAll(form.getConsultants())) {
			errors.rejectValue("consultants", "validation.team.notConsultant");
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		engagements.start(ProvinceCode.of(form.getProvinceCode()), form.getName().trim(), form.getStartDate(),
				form.getLeadConsultant(), form.getConsultants());
		redirect.addFlashAttribute("flashSuccess", "engagements.created");
		return "redirect:/admin/engagements";
	}

	private String form(Model model) {
		model.addAttribute("provinces", reference.provinces());
		model.addAttribute("consultantPool", identity.usersWithRole(Role.CONSULTANT));
		return "engagement/form";
	}
}
