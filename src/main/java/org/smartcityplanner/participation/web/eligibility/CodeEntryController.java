package org.smartcityplanner.participation.web.eligibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;

import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a citizen types the participation code from their slip (no account, no JavaScript). A code works once;
 * the attempts of one address are limited by the shared public-form guard, so codes cannot be guessed. After it,
 * the browser session takes part under the code and goes back to where it came from (a survey, the ideas). The
 * path variable is not {@code provinceCode}: the staff pages' province check must not apply to the public.
 */
@Controller
class CodeEntryController {

	/** The guard's name of this form. */
	static final String FORM = "participation-code";

	private final ParticipationCodeService codes;
	private final PublicParticipants participants;
	private final PublicFormGuard guard;
	private final ReferenceApi reference;
	private final Clock clock;

	CodeEntryController(ParticipationCodeService codes, PublicParticipants participants, PublicFormGuard guard,
			ReferenceApi reference, Clock clock) {
		this.codes = codes;
		this.participants = participants;
		this.guard = guard;
		this.reference = reference;
		this.clock = clock;
	}

	@GetMapping("/public/{code}/enter")
	String form(@PathVariable String code, @RequestParam(required = false) String next, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return page(code, next, null, "", model, request, response);
	}

	@PostMapping("/public/{code}/enter")
	String enter(@PathVariable String code, @RequestParam(required = false) String participationCode,
			@RequestParam(required = false) String next, @RequestParam(required = false) String website,
			@RequestParam(required = false) String stamp, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Province province = province(code);
		if (province == null) {
			return page(code, next, null, "", model, request, response);
		}
		String typed = participationCode == null ? "" : participationCode;
		String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
		PublicFormGuard.Verdict verdict = guard.judge(FORM, request.getRemoteAddr(), website, stamp);
		if (verdict != PublicFormGuard.Verdict.PASS) {
			if (verdict == PublicFormGuard.Verdict.RATE_LIMITED) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			return page(code, next, refusal(verdict), shown, model, request, response);
		}
		ParticipationCodeService.Redemption redemption = codes.redeem(province.code(), typed);
		if (redemption.outcome() != ParticipationCodeService.Outcome.REDEEMED) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(code, next, "participation.codes.enter." + redemption.outcome().name(), shown, model, request,
					response);
		}
		participants.bindCode(province.code(), redemption.codeId(), request);
		redirect.addFlashAttribute("flashSuccess", "participation.codes.enter.accepted");
		return "redirect:" + safeNext(province.code(), next);
	}

	private String page(String code, String next, String error, String typed, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Province province = province(code);
		if (province == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/portal/not-found";
		}
		model.addAttribute("province", province);
		model.addAttribute("next", safeNext(province.code(), next));
		model.addAttribute("error", error);
		model.addAttribute("typed", typed);
		model.addAttribute("alreadyEntered", participants.hasCode(province.code(), request));
		model.addAttribute("stamp", guard.formStamp(FORM, clock.instant()));
		return "participation/portal/enter";
	}

	private static String refusal(PublicFormGuard.Verdict verdict) {
		return switch (verdict) {
			case RATE_LIMITED -> "participation.codes.enter.rateLimited";
			case BOT -> "participation.survey.public.refused";
			default -> "participation.survey.public.tooFast";
		};
	}

	/**
	 * Where to go after the code: the page the citizen came from if it is one of the public participation pages, else
	 * the province's portal; never another site (an open redirect would lend the portal's name to a phishing link).
	 */
	static String safeNext(ProvinceCode province, String next) {
		String portal = "/public/" + province.value();
		if (next != null && next.length() <= 300 && next.matches("/(public|survey)/[A-Za-z0-9_\\-/.]*(\\?[A-Za-z0-9_=&%\\-]*)?")
				&& !next.contains("..") && !next.contains("//")) {
			return next;
		}
		return portal;
	}

	private Province province(String code) {
		if (code == null || !code.matches("TH-\\d{2}")) {
			return null;
		}
		return reference.province(ProvinceCode.of(code)).orElse(null);
	}
}
