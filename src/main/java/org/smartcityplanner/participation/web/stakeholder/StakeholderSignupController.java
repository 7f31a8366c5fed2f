package org.smartcityplanner.participation.web.stakeholder;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.StakeholderType;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public sign-up of a province's stakeholder registry (no account): organisations and people register
 * themselves with their PDPA consent, and wait for staff to confirm them. The shared guard keeps bots off without
 * a CAPTCHA; the person gets their personal link at once, to see or erase what they sent.
 */
@Controller
class StakeholderSignupController {

	/** The guard's name of this form (rate limits are counted per form). */
	static final String FORM = "stakeholder-signup";

	private final StakeholderIntake intake;
	private final PublicFormGuard guard;
	private final ReferenceApi reference;
	private final ProblemTexts problems;
	private final Clock clock;

	StakeholderSignupController(StakeholderIntake intake, PublicFormGuard guard, ReferenceApi reference,
			ProblemTexts problems, Clock clock) {
		this.intake = intake;
		this.guard = guard;
		this.reference = reference;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/participation/join/{key}")
	String form(@PathVariable String key, Model model, HttpServletResponse response) {
		return page(key, new SignupForm(), Map.of(), model, response);
	}

	@PostMapping("/participation/join/{key}")
	String signUp(@PathVariable String key, @ModelAttribute("form") SignupForm form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		ProvinceCode province = intake.signupProvince(key).orElse(null);
		if (province == null) {
			return page(key, form, Map.of(), model, response);
		}
		switch (guard.judge(FORM, request.getRemoteAddr(), form.getWebsite(), form.getStamp())) {
			case RATE_LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return page(key, form, error("participation.signup.rateLimited", PublicFormGuard.WINDOW_MINUTES), model,
						response);
			}
			case BOT -> {
				return page(key, form, error("participation.signup.refused"), model, response);
			}
			case TOO_FAST_OR_STALE -> {
				return page(key, form, error("participation.signup.tooFast"), model, response);
			}
			case PASS -> {
				// a person: go on
			}
		}
		StakeholderRegistered registered;
		try {
			registered = intake.signUp(province, form.draft());
		}
		catch (InvalidInputException e) {
			return page(key, form, problems.byField(e), model, response);
		}
		redirect.addFlashAttribute("issuedLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/my-data/{secret}").buildAndExpand(registered.linkSecret()).toUriString());
		return "redirect:/participation/join/" + key + "/thanks";
	}

	@GetMapping("/participation/join/{key}/thanks")
	String thanks(@PathVariable String key, Model model, HttpServletResponse response) {
		model.addAttribute("thanks", true);
		return page(key, new SignupForm(), Map.of(), model, response);
	}

	private String page(String key, SignupForm form, Map<String, ?> errors, Model model,
			HttpServletResponse response) {
		ProvinceCode province = intake.signupProvince(key).orElse(null);
		if (province == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("unknownLink", true);
			return "participation/stakeholder/join";
		}
		form.setStamp(guard.formStamp(FORM, clock.instant()));
		form.setWebsite("");
		model.addAttribute("key", key);
		model.addAttribute("province", reference.province(province).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", StakeholderType.values());
		return "participation/stakeholder/join";
	}

	private Map<String, List<String>> error(String key, Object... args) {
		return problems.byField(new InvalidInputException(key, args));
	}
}
