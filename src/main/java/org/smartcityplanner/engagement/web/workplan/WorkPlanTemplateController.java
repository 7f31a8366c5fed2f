package org.smartcityplanner.engagement.web.workplan;

import org.smartcityplanner.engagement.internal.workplan.TemplateEdit;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanTemplateUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin edits the work-plan template new engagements' plans are made from: phases, milestones and deliverables
 * with their offsets from the signing date, default owner and whether the application generates the deliverable.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WorkPlanTemplateController {

	private static final String PAGE = "redirect:/admin/work-plan-template";

	private final WorkPlanTemplateUseCases template;
	private final WorkPlanMessages messages;

	WorkPlanTemplateController(WorkPlanTemplateUseCases template, WorkPlanMessages messages) {
		this.template = template;
		this.messages = messages;
	}

	@GetMapping("/admin/work-plan-template")
	String page(Model model) {
		model.addAttribute("items", template.items());
		model.addAttribute("generatedKinds", TemplateEdit.GENERATED_KINDS.stream().sorted().toList());
		return "engagement/workplan/template";
	}

	@PostMapping("/admin/work-plan-template/items/{itemId}")
	String update(@PathVariable long itemId, TemplateForm form, RedirectAttributes redirect) {
		try {
			template.update(itemId, form.edit());
			redirect.addFlashAttribute("flashSuccess", "workplan.template.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return PAGE + "#template-" + itemId;
	}

	@PostMapping("/admin/work-plan-template/items")
	String add(@RequestParam(required = false) Long phaseId, @RequestParam(required = false) String kind,
			TemplateForm form, RedirectAttributes redirect) {
		try {
			template.add(phaseId, kind, form.edit());
			redirect.addFlashAttribute("flashSuccess", "workplan.template.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return PAGE;
	}

	@PostMapping("/admin/work-plan-template/items/{itemId}/remove")
	String remove(@PathVariable long itemId, RedirectAttributes redirect) {
		template.remove(itemId);
		redirect.addFlashAttribute("flashSuccess", "workplan.template.removed");
		return PAGE;
	}

	/** The fields of a template row as a form sends them; numbers that are not numbers arrive as null. */
	static final class TemplateForm {

		private String titleTh;
		private String titleEn;
		private String startOffset;
		private String dueOffset;
		private String ownerRole;
		private String production;
		private String generatedKind;

		TemplateEdit edit() {
			return new TemplateEdit(titleTh, titleEn, number(startOffset), number(dueOffset), ownerRole, production,
					generatedKind);
		}

		private static Integer number(String text) {
			try {
				return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
			}
			catch (NumberFormatException e) {
				return -1; // refused by the range check, naming the field
			}
		}

		public void setTitleTh(String titleTh) {
			this.titleTh = titleTh;
		}

		public void setTitleEn(String titleEn) {
			this.titleEn = titleEn;
		}

		public void setStartOffset(String startOffset) {
			this.startOffset = startOffset;
		}

		public void setDueOffset(String dueOffset) {
			this.dueOffset = dueOffset;
		}

		public void setOwnerRole(String ownerRole) {
			this.ownerRole = ownerRole;
		}

		public void setProduction(String production) {
			this.production = production;
		}

		public void setGeneratedKind(String generatedKind) {
			this.generatedKind = generatedKind;
		}
	}
}
