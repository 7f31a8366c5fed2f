package org.smartcityplanner.engagement.web.pool;

import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.internal.pool.AbsenceKind;
import org.smartcityplanner.engagement.internal.pool.ConsultantPool;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
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
 * The consultant pool for admins: the list with load and next leave, each profile, and absences. A consultant
 * reads their own profile at {@code /consultants/me}.
 */
@Controller
class ConsultantPoolController {

	private final ConsultantPool pool;
	private final ReferenceApi reference;
	private final IdentityApi identity;

	ConsultantPoolController(ConsultantPool pool, ReferenceApi reference, IdentityApi identity) {
		this.pool = pool;
		this.reference = reference;
		this.identity = identity;
	}

	@GetMapping("/admin/consultants")
	@PreAuthorize("hasRole('ADMIN')")
	String list(@ModelAttribute("filter") ConsultantFilter filter, BindingResult errors, Model model) {
		ConsultantFilter usable = errors.hasErrors() ? new ConsultantFilter(null, null, null, null, null, null)
				: filter;
		LocalDate day = usable.day();
		model.addAttribute("poolFilter", usable);
		model.addAttribute("filterInvalid", errors.hasErrors());
		model.addAttribute("consultants", usable.apply(pool.consultants(day, day)));
		model.addAttribute("day", day);
		return choices(model, "engagement/pool/list");
	}

	@GetMapping("/admin/consultants/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	String profile(@PathVariable long userId, Model model) {
		ConsultantView consultant = consultant(userId);
		model.addAttribute("profileForm", ProfileForm.of(consultant));
		model.addAttribute("absenceForm", new AbsenceForm());
		return profilePage(consultant, model);
	}

	@GetMapping("/consultants/me")
	@PreAuthorize("hasRole('CONSULTANT')")
	String ownProfile(Model model) {
		long me = identity.currentUser().map(CurrentUser::id).orElseThrow();
		model.addAttribute("consultant", consultant(me));
		model.addAttribute("today", LocalDate.now());
		return choices(model, "engagement/pool/own");
	}

	@PostMapping("/admin/consultants/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	String saveProfile(@PathVariable long userId, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ConsultantView consultant = consultant(userId);
		if (!errors.hasErrors()) {
			try {
				pool.saveProfile(userId, form.toUpdate());
				redirect.addFlashAttribute("flashSuccess", "pool.profile.saved");
				return "redirect:/admin/consultants/" + userId;
			}
			catch (InvalidInputException refused) {
				String field = refused.messageKey().endsWith("region") ? "homeRegion"
						: refused.messageKey().endsWith("cap") ? "cap" : "dimensions";
				errors.rejectValue(field, refused.messageKey(), refused.arguments().toArray(), null);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("pool.error.stale");
			}
		}
		model.addAttribute("absenceForm", new AbsenceForm());
		return profilePage(consultant, model);
	}

	@PostMapping("/admin/consultants/{userId}/absences")
	@PreAuthorize("hasRole('ADMIN')")
	String addAbsence(@PathVariable long userId, @Valid @ModelAttribute("absenceForm") AbsenceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ConsultantView consultant = consultant(userId);
		if (errors.hasErrors()) {
			model.addAttribute("profileForm", ProfileForm.of(consultant));
			return profilePage(consultant, model);
		}
		pool.addAbsence(userId, form.getFromDate(), form.getToDate(), form.getKind(), form.getNote());
		redirect.addFlashAttribute("flashSuccess", "pool.absence.added");
		return "redirect:/admin/consultants/" + userId;
	}

	@PostMapping("/admin/consultants/{userId}/absences/{absenceId}/delete")
	@PreAuthorize("hasRole('ADMIN')")
	String removeAbsence(@PathVariable long userId, @PathVariable long absenceId, RedirectAttributes redirect) {
		consultant(userId);
		if (!pool.removeAbsence(userId, absenceId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flashSuccess", "pool.absence.removed");
		return "redirect:/admin/consultants/" + userId;
	}

	private ConsultantView consultant(long userId) {
		LocalDate today = LocalDate.now();
		return pool.consultant(userId, today, today).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String profilePage(ConsultantView consultant, Model model) {
		model.addAttribute("consultant", consultant);
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("absenceKinds", AbsenceKind.values());
		return choices(model, "engagement/pool/profile");
	}

	private String choices(Model model, String view) {
		model.addAttribute("ranks", ConsultantRank.values());
		model.addAttribute("tags", ExpertiseTag.values());
		var dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("dimensionNames", dimensions.stream()
			.collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name)));
		model.addAttribute("regions", pool.regions());
		return view;
	}
}
