package org.smartcityplanner.participation.web.stakeholder;

import java.util.Map;

import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.StakeholderType;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.EditFlow;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The stakeholder registry: the list for the team and the working group (contact details only for the team),
 * registering with consent, editing, recording a withdrawal and a new personal link, for the team.
 */
@Controller
@PreAuthorize(ParticipationAccess.MANAGERS)
class StakeholderController {

	private final StakeholderApi registry;
	private final EditFlow edits;

	StakeholderController(StakeholderApi registry, EditFlow edits) {
		this.registry = registry;
		this.edits = edits;
	}

	@GetMapping("/p/{provinceCode}/participation/stakeholders")
	@PreAuthorize(ParticipationAccess.READERS)
	String list(@PathVariable String provinceCode, @RequestParam(required = false) String page, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Paging paging = Paging.lenient(page);
		PageOf<Stakeholder> shown = registry.stakeholders(province, paging);
		if (shown.items().isEmpty() && paging.page() > shown.totalPages()) {
			shown = registry.stakeholders(province, new Paging(shown.totalPages(), paging.size()));
		}
		model.addAttribute("stakeholders", shown.items());
		model.addAttribute("stakeholdersPage", shown);
		model.addAttribute("figures", registry.figures(province));
		return "participation/stakeholder/list";
	}

	@GetMapping("/p/{provinceCode}/participation/stakeholders/new")
	String newStakeholder(@PathVariable String provinceCode, Model model) {
		return form(model, new StakeholderForm(), null, Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/stakeholders")
	String register(@PathVariable String provinceCode, @ModelAttribute("form") StakeholderForm form, Model model,
			RedirectAttributes redirect) {
		return edits.create(() -> registry.register(ProvinceCode.of(provinceCode), form.draft()),
				(Stakeholder stakeholder, Map<String, ?> errors) -> form(model, form, stakeholder, errors),
				(StakeholderRegistered registered) -> {
					redirect.addFlashAttribute("flashSuccess", "participation.stakeholder.registered");
					issued(redirect, registered.stakeholder().id(), registered.linkSecret());
					return "redirect:/p/" + provinceCode + "/participation/stakeholders#link";
				});
	}

	@GetMapping("/p/{provinceCode}/participation/stakeholders/{stakeholderId}")
	String edit(@PathVariable String provinceCode, @PathVariable long stakeholderId, Model model) {
		Stakeholder stakeholder = registry.stakeholder(ProvinceCode.of(provinceCode), stakeholderId);
		return form(model, StakeholderForm.of(stakeholder), stakeholder, Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/stakeholders/{stakeholderId}")
	String update(@PathVariable String provinceCode, @PathVariable long stakeholderId,
			@ModelAttribute("form") StakeholderForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Stakeholder stakeholder = registry.stakeholder(province, stakeholderId);
		return edits.update(model, stakeholder, stakeholder.version(), form,
				() -> registry.update(province, stakeholderId, form.draft(), form.getVersion()),
				(edited, errors) -> form(model, form, edited, errors),
				EditFlow.redirect(redirect, "participation.stakeholder.saved",
						"/p/" + provinceCode + "/participation/stakeholders"));
	}

	@PostMapping("/p/{provinceCode}/participation/stakeholders/{stakeholderId}/withdrawal")
	String withdraw(@PathVariable String provinceCode, @PathVariable long stakeholderId, RedirectAttributes redirect) {
		try {
			registry.recordWithdrawal(ProvinceCode.of(provinceCode), stakeholderId);
			redirect.addFlashAttribute("flashSuccess", "participation.stakeholder.withdrawn");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/p/" + provinceCode + "/participation/stakeholders";
	}

	@PostMapping("/p/{provinceCode}/participation/stakeholders/{stakeholderId}/link")
	String link(@PathVariable String provinceCode, @PathVariable long stakeholderId, RedirectAttributes redirect) {
		try {
			issued(redirect, stakeholderId, registry.renewLink(ProvinceCode.of(provinceCode), stakeholderId));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/p/" + provinceCode + "/participation/stakeholders#link";
	}

	private static void issued(RedirectAttributes redirect, long stakeholderId, String secret) {
		redirect.addFlashAttribute("issuedLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/my-data/{secret}").buildAndExpand(secret).toUriString());
		redirect.addFlashAttribute("issuedFor", stakeholderId);
	}

	private String form(Model model, StakeholderForm form, Stakeholder stakeholder, Map<String, ?> errors) {
		model.addAttribute("form", form);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("errors", errors);
		model.addAttribute("types", StakeholderType.values());
		return "participation/stakeholder/form";
	}
}
