package org.smartcityplanner.participation.web.idea;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.Province;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A citizen proposes an idea (no account): one column for a phone, no JavaScript needed (the map point is typed,
 * the target area chosen from a list). The form carries an idempotency key made when it was shown, so a double
 * tap, a retry or a replay stores one idea and shows the same thanks with the same personal link; bots are kept
 * off by the shared public-form guard; a refused idea shows the form again with everything typed kept. The path
 * variable is {@code code}, not {@code provinceCode}: the staff pages' province check must not apply here.
 */
@Controller
class PublicIdeaFormController {

	/** The guard's name of this form (rate limits are counted per form). */
	static final String FORM = "idea-form";

	private final IdeaApi ideas;
	private final ProcessApi process;
	private final IdeaChoices choices;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ProblemMessages problems;
	private final Clock clock;
	private final IdeaFormAdditions additions;

	PublicIdeaFormController(IdeaApi ideas, ProcessApi process, IdeaChoices choices, ParticipantKeys participants,
			PublicFormGuard guard, ProblemMessages problems, Clock clock, IdeaFormAdditions additions) {
		this.ideas = ideas;
		this.process = process;
		this.choices = choices;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
		this.additions = additions;
	}

	@GetMapping("/public/{code}/ideas/new")
	String form(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		IdeaForm form = new IdeaForm();
		form.setIdempotencyKey(newKey());
		return page(code, form, Map.of(), locale, model, response);
	}

	@PostMapping("/public/{code}/ideas")
	String submit(@PathVariable String code, @ModelAttribute IdeaForm form,
			@RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String check,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		Province province = choices.province(code).orElse(null);
		if (province == null) {
			return page(code, form, Map.of(), locale, model, response);
		}
		if (check != null) {
			// the "check similar ideas" step: nothing stored, no attempt counted against the guard's limit
			additions.showSimilar(model, province.code(), form.getTitle(), form.getDescription(), photo);
			return page(code, form, Map.of(), locale, model, response);
		}
		PublicFormGuard.Verdict verdict = guard.judge(FORM, request.getRemoteAddr(), form.getWebsite(), form.getStamp());
		if (verdict != PublicFormGuard.Verdict.PASS) {
			IdeaProposal stored = ideas.storedProposal(province.code(), form.getIdempotencyKey()).orElse(null);
			if (stored != null) {
				// a retry of a stored idea that the guard would refuse now: the same thanks, never a second idea
				return thanks(province, stored, locale, model, response);
			}
			return refused(verdict, code, form, locale, model, response);
		}
		IdeaFormAdditions.CheckedPhoto checkedPhoto = additions.check(photo);
		if (!checkedPhoto.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(code, form, problems.byField(checkedPhoto.problems()), locale, model, response);
		}
		try {
			IdeaProposal proposal = ideas.propose(province.code(), form.draft(), form.getIdempotencyKey(),
					participants.of(request));
			if (!proposal.accepted()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return page(code, form, Map.of(), locale, model, response);
			}
			additions.attach(province.code(), proposal.idea().id(), checkedPhoto);
			return thanks(province, proposal, locale, model, response);
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(code, form, errors(e, form, problems), locale, model, response);
		}
	}

	private String refused(PublicFormGuard.Verdict verdict, String code, IdeaForm form, Locale locale, Model model,
			HttpServletResponse response) {
		Map<String, List<String>> errors = switch (verdict) {
			case RATE_LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				yield problems.single("participation.idea.public.rateLimited", PublicFormGuard.WINDOW_MINUTES);
			}
			case BOT -> problems.single("participation.idea.public.refused");
			default -> problems.single("participation.idea.public.tooFast");
		};
		return page(code, form, errors, locale, model, response);
	}

	private String thanks(Province province, IdeaProposal proposal, Locale locale, Model model,
			HttpServletResponse response) {
		// the personal link is shown on this page only: no cache may keep it
		response.setHeader("Cache-Control", "no-store");
		String code = province.code().value();
		model.addAttribute("provinceCode", code);
		model.addAttribute("provinceName", province.name().in(locale));
		model.addAttribute("idea", proposal.idea());
		model.addAttribute("replayed", proposal.outcome() == IdeaProposal.Outcome.ALREADY_STORED);
		model.addAttribute("personalLink", PersonalLinks.of(province.code(), proposal.authorSecret()));
		return "participation/idea/public-thanks";
	}

	private String page(String code, IdeaForm form, Map<String, List<String>> errors, Locale locale, Model model,
			HttpServletResponse response) {
		Province province = choices.province(code).orElse(null);
		if (province == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/portal/not-found";
		}
		model.addAttribute("provinceCode", province.code().value());
		model.addAttribute("provinceName", province.name().in(locale));
		model.addAttribute("open", process.isOpen(province.code(), IdeaApi.TOOL));
		model.addAttribute("dimensions", choices.dimensions(locale));
		model.addAttribute("areas", choices.areas(province.code(), locale));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("stamp", guard.formStamp(FORM, clock.instant()));
		return "participation/idea/public-form";
	}

	/**
	 * The problems by field for the page. A form without a usable key (tampered or cut short) gets a fresh key, so
	 * sending again stores the idea once, and the problem is said for the whole form (the key has no visible field).
	 */
	static Map<String, List<String>> errors(InputProblemsException e, IdeaForm form, ProblemMessages problems) {
		List<Problem> found = e.problems().stream()
			.map(p -> "idempotencyKey".equals(p.field()) ? new Problem(null, p.messageKey(), p.arguments()) : p)
			.toList();
		if (found.stream().anyMatch(p -> p.field() == null)) {
			form.setIdempotencyKey(newKey());
		}
		return problems.byField(found);
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}
}
