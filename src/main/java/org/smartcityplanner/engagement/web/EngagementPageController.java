package org.smartcityplanner.engagement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.Valid;

import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.internal.EngagementLifecycle;
import org.smartcityplanner.engagement.internal.progress.ProgressReadModel;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * One engagement's page: its header and progress, the team and work-plan sections; admins edit and close it,
 * consultants on its team may look.
 */
@Controller
class EngagementPageController {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final EngagementLifecycle lifecycle;
	private final ProgressReadModel progress;
	private final IdentityApi identity;
	private final ReferenceApi reference;

	EngagementPageController(EngagementLifecycle lifecycle, ProgressReadModel progress, IdentityApi identity,
			ReferenceApi reference) {
		this.lifecycle = lifecycle;
		this.progress = progress;
		this.identity = identity;
		this.reference = reference;
	}

	@GetMapping("/admin/engagements/{engagementId:\\d+}")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
	String show(@PathVariable long engagementId, Model model) {
		EngagementView engagement = visible(engagementId);
		model.addAttribute("engagement", engagement);
		model.addAttribute("progress", progress.of(engagementId, LocalDate.now(BANGKOK)).orElseThrow());
		model.addAttribute("province", reference.province(engagement.province()).orElse(null));
		model.addAttribute("closeForm", new CloseForm());
		return "engagement/detail";
	}

	@GetMapping("/admin/engagements/{engagementId:\\d+}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long engagementId, Model model) {
		EngagementView engagement = existing(engagementId);
		model.addAttribute("engagement", engagement);
		model.addAttribute("editForm", EngagementEditForm.of(engagement));
		return "engagement/edit";
	}

	@PostMapping("/admin/engagements/{engagementId:\\d+}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long engagementId, @Valid @ModelAttribute("editForm") EngagementEditForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		EngagementView engagement = existing(engagementId);
		model.addAttribute("engagement", engagement);
		if (errors.hasErrors()) {
			return "engagement/edit";
		}
		try {
			lifecycle.edit(engagementId, form.getTitle(), form.getStartDate(), form.getEndDate());
		}
		catch (InvalidInputException refused) {
			Refusals.bind(refused, errors, locale);
			return "engagement/edit";
		}
		redirect.addFlashAttribute("flashSuccess", "engagement.saved");
		return "redirect:/admin/engagements/" + engagementId;
	}

	@PostMapping("/admin/engagements/{engagementId:\\d+}/close")
	@PreAuthorize("hasRole('ADMIN')")
	String close(@PathVariable long engagementId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
			RedirectAttributes redirect, Locale locale) {
		existing(engagementId);
		try {
			lifecycle.close(engagementId, closedOn);
			redirect.addFlashAttribute("flashSuccess", "engagement.closed");
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", Refusals.arguments(refused, locale));
		}
		return "redirect:/admin/engagements/" + engagementId;
	}

	private EngagementView existing(long engagementId) {
		return lifecycle.engagement(engagementId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Admins see every engagement; a consultant only those whose team they are on. */
	private EngagementView visible(long engagementId) {
		EngagementView engagement = existing(engagementId);
		CurrentUser user = identity.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (!user.isAdmin() && engagement.team().stream().noneMatch(member -> member.userId() == user.id())) {
			throw new AccessDeniedException("not on the team");
		}
		return engagement;
	}

	/** The close form: a date, today by default. */
	static class CloseForm {

		private LocalDate closedOn = LocalDate.now(BANGKOK);

		public LocalDate getClosedOn() {
			return closedOn;
		}

		public void setClosedOn(LocalDate closedOn) {
			this.closedOn = closedOn;
		}
	}
}
