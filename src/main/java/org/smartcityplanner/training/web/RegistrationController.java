package org.smartcityplanner.training.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Registration;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public self-registration form of a cohort (no account needed). It states the purpose of the data and asks
 * for consent; the guard keeps bots off without a CAPTCHA. A successful registration leads to the trainee's
 * personal page and remembers it on the device for QR check-in.
 */
@Controller
class RegistrationController {

	/** The guard's name of this form (also what its stamps were signed with before the guard moved). */
	static final String FORM = "registration-form";

	private final CohortUseCases cohorts;
	private final RegistrationUseCases registrations;
	private final PublicFormGuard guard;
	private final ReferenceApi reference;
	private final Problems problems;
	private final Clock clock;

	RegistrationController(CohortUseCases cohorts, RegistrationUseCases registrations, PublicFormGuard guard,
			ReferenceApi reference, Problems problems, Clock clock) {
		this.cohorts = cohorts;
		this.registrations = registrations;
		this.guard = guard;
		this.reference = reference;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/training/register/{key}")
	String form(@PathVariable String key, Model model, HttpServletResponse response) {
		return page(key, new RegistrationForm(), Map.of(), model, response);
	}

	@PostMapping("/training/register/{key}")
	String register(@PathVariable String key, @ModelAttribute("form") RegistrationForm form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		switch (guard.judge(FORM, request.getRemoteAddr(), form.getWebsite(), form.getStamp())) {
			case RATE_LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return page(key, form, error("training.register.rateLimited", PublicFormGuard.WINDOW_MINUTES), model,
						response);
			}
			case BOT -> {
				return page(key, form, error("training.register.refused"), model, response);
			}
			case TOO_FAST_OR_STALE -> {
				return page(key, form, error("training.register.tooFast"), model, response);
			}
			case PASS -> {
				// a person: go on
			}
		}
		List<FieldProblem> found = new java.util.ArrayList<>(registrations.check(form.draft()));
		if (!form.isConsent()) {
			found.add(FieldProblem.of("consent", "training.register.consent.required"));
		}
		if (!found.isEmpty()) {
			return page(key, form, problems.byField(found), model, response);
		}
		try {
			Registration registration = registrations.register(key, form.draft(), true);
			TraineeCookie.remember(request, response, registration.accessToken());
			redirect.addFlashAttribute("flashSuccess", "training.register.done");
			redirect.addFlashAttribute("justRegistered", true);
			return "redirect:/t/" + registration.accessToken();
		}
		catch (InvalidInputException e) {
			return page(key, form, problems.of(e), model, response);
		}
	}

	private String page(String key, RegistrationForm form, Map<String, List<String>> errors, Model model,
			HttpServletResponse response) {
		Cohort cohort = cohorts.cohortByRegistrationKey(key).orElse(null);
		if (cohort == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("unknownLink", true);
			return "training/register";
		}
		form.setStamp(guard.formStamp(FORM, clock.instant()));
		form.setWebsite("");
		model.addAttribute("cohort", cohort);
		model.addAttribute("ended", cohort.endedBy(clock.instant()));
		model.addAttribute("province", reference.province(cohort.province()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("consentVersion", RegistrationUseCases.CONSENT_VERSION);
		return "training/register";
	}

	private Map<String, List<String>> error(String key, Object... args) {
		return problems.byField(List.of(FieldProblem.of(null, key, args)));
	}
}
