package org.smartcityplanner.participation.web.survey;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.domain.eligibility.EligibilityDecision;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.survey.PublicSurvey;
import org.smartcityplanner.participation.internal.survey.Submission;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.participation.web.eligibility.PublicParticipants;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A survey's public page (no account): works on a phone and, for every question but the map point, without
 * JavaScript. Bots are kept off by the shared public-form guard; each form carries a submission key made when it
 * was shown, so a double tap or a retried request stores one response and shows the same thanks. A refused
 * answer shows the form again with everything typed kept.
 */
@Controller
class PublicSurveyController {

	/** The guard's name of this form (rate limits are counted per form). */
	static final String FORM = "survey-form";

	private final SurveyUseCases surveys;
	private final PublicFormGuard guard;
	private final ProblemMessages problems;
	private final Clock clock;
	private final PublicParticipants participants;

	PublicSurveyController(SurveyUseCases surveys, PublicFormGuard guard, ProblemMessages problems, Clock clock,
			PublicParticipants participants) {
		this.surveys = surveys;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
		this.participants = participants;
	}

	@GetMapping("/survey/{key}")
	String form(@PathVariable String key, Model model, HttpServletRequest request, HttpServletResponse response) {
		return page(key, Map.of(), newKey(), Map.of(), model, request, response);
	}

	@PostMapping("/survey/{key}")
	String submit(@PathVariable String key, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String submissionKey = form.getFirst("submissionKey");
		PublicSurvey survey = surveys.publicSurvey(key).orElse(null);
		if (survey == null) {
			return page(key, form, submissionKey, Map.of(), model, request, response);
		}
		PublicFormGuard.Verdict verdict = guard.judge(FORM, request.getRemoteAddr(), form.getFirst("website"),
				form.getFirst("stamp"));
		if (verdict != PublicFormGuard.Verdict.PASS && surveys.isStored(key, submissionKey)) {
			// a retry of a stored answer (double tap, lost acknowledgement) that the guard would refuse now: the same
			// thanks, never a second answer; looked up only here, as the insert itself ignores a stored key
			return "redirect:/survey/" + key + "/thanks";
		}
		switch (verdict) {
			case RATE_LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return page(key, form, submissionKey,
						problems.single("participation.survey.public.rateLimited", PublicFormGuard.WINDOW_MINUTES), model,
						request, response);
			}
			case BOT -> {
				return page(key, form, submissionKey, problems.single("participation.survey.public.refused"), model,
						request, response);
			}
			case TOO_FAST_OR_STALE -> {
				return page(key, form, submissionKey, problems.single("participation.survey.public.tooFast"), model,
						request, response);
			}
			case PASS -> {
				// a person: go on
			}
		}
		// who may take part is the process's rule (anyone, a participation code, an account of the province); an
		// answer keeps the participant's key when it is a code or an account (one answer each), else none, so no
		// session is opened for it
		EligibilityDecision eligible = participants.check(survey.survey().province(), request);
		if (!eligible.isAllowed()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(key, form, submissionKey, problems.single(eligible.refusalKey()), model, request, response);
		}
		Submission submission = surveys.submitOnline(survey, submissionKey, new AnswerSheet.Raw(form),
				eligible.lastingKey());
		if (submission.accepted()) {
			return "redirect:/survey/" + key + "/thanks";
		}
		if (submission.outcome() == Submission.Outcome.CLOSED
				|| submission.outcome() == Submission.Outcome.ANSWERED_BEFORE) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(key, form, submissionKey, Map.of(), model, request, response);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		boolean stale = submission.problems().stream()
			.anyMatch(p -> p.messageKey().equals("participation.survey.answer.staleForm"));
		return page(key, form, stale ? newKey() : submissionKey, problems.byField(submission.problems()), model,
				request, response);
	}

	@GetMapping("/survey/{key}/thanks")
	String thanks(@PathVariable String key, Model model, HttpServletResponse response) {
		PublicSurvey survey = surveys.publicSurvey(key).orElse(null);
		if (survey == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("unknownLink", true);
			return "participation/survey/public";
		}
		model.addAttribute("survey", survey.survey());
		model.addAttribute("provinceName", survey.provinceName());
		return "participation/survey/thanks";
	}

	private String page(String key, Map<String, List<String>> typed, String submissionKey,
			Map<String, List<String>> errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicSurvey survey = surveys.publicSurvey(key).orElse(null);
		if (survey == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("unknownLink", true);
			return "participation/survey/public";
		}
		model.addAttribute("publicSurvey", survey);
		model.addAttribute("survey", survey.survey());
		model.addAttribute("areas", survey.areas());
		model.addAttribute("typed", new TypedAnswers(typed));
		model.addAttribute("errors", errors);
		model.addAttribute("stamp", guard.formStamp(FORM, clock.instant()));
		model.addAttribute("submissionKey", submissionKey == null ? newKey() : submissionKey);
		model.addAttribute("action", "/survey/" + key);
		EligibilityDecision eligibility = participants.check(survey.survey().province(), request);
		model.addAttribute("eligibility", eligibility);
		model.addAttribute("answeredBefore", surveys.answeredBy(survey, eligibility.lastingKey()));
		model.addAttribute("enterCodeLink", "/public/" + survey.survey().province().value() + "/enter?next=/survey/" + key);
		return "participation/survey/public";
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}
}
