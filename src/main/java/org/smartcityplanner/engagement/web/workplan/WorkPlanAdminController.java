package org.smartcityplanner.engagement.web.workplan;

import java.time.LocalDate;

import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page of an engagement's work plan: create it from the template, give items to team members and move
 * due dates within the engagement. A refused change comes back with the reason; nothing is stored.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WorkPlanAdminController {

	private final WorkPlanUseCases workPlans;
	private final WorkPlanSections sections;
	private final WorkPlanMessages messages;

	WorkPlanAdminController(WorkPlanUseCases workPlans, WorkPlanSections sections, WorkPlanMessages messages) {
		this.workPlans = workPlans;
		this.sections = sections;
		this.messages = messages;
	}

	@GetMapping("/admin/engagements/{engagementId}/work-plan")
	String page(@PathVariable long engagementId, Model model) {
		var plan = workPlans.plan(engagementId).orElseThrow(() -> new NotInProvinceException("engagementId", engagementId));
		model.addAttribute("section", sections.of(plan));
		return "engagement/workplan/admin";
	}

	@PostMapping("/admin/engagements/{engagementId}/work-plan")
	String create(@PathVariable long engagementId, RedirectAttributes redirect) {
		try {
			workPlans.createFromTemplate(engagementId);
			redirect.addFlashAttribute("flashSuccess", "workplan.created");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return "redirect:/admin/engagements/" + engagementId + "/work-plan";
	}

	@PostMapping("/admin/engagements/{engagementId}/work-plan/items/{itemId}")
	String edit(@PathVariable long engagementId, @PathVariable long itemId,
			@RequestParam(required = false) Long ownerUserId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		try {
			workPlans.editItem(engagementId, itemId, ownerUserId, dueDate);
			redirect.addFlashAttribute("flashSuccess", "workplan.item.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return "redirect:/admin/engagements/" + engagementId + "/work-plan";
	}
}
