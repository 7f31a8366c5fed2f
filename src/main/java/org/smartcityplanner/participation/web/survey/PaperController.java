package org.smartcityplanner.participation.web.survey;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.survey.PublicSurvey;
import org.smartcityplanner.participation.internal.survey.Submission;
import org.smartcityplanner.participation.internal.survey.ResponseView;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff type paper questionnaires into the same form the public answers, checked by the same rules, so a paper
 * answer counts exactly like an online one. When the survey asks for it, a second person compares each typed
 * response with its paper and confirms it (only then it counts) or discards it.
 */
@Controller
@PreAuthorize(SurveyController.MANAGERS)
class PaperController {

	private final SurveyUseCases surveys;
	private final ProfileApi profile;
	private final ProblemMessages problems;

	PaperController(SurveyUseCases surveys, ProfileApi profile, ProblemMessages problems) {
		this.surveys = surveys;
		this.profile = profile;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}/paper")
	String form(@PathVariable String provinceCode, @PathVariable long surveyId, Model model) {
		return page(ProvinceCode.of(provinceCode), surveyId, Map.of(), PublicSurveyController.newKey(), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/paper")
	String enter(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Submission submission = surveys.submitPaper(province, surveyId, form.getFirst("submissionKey"),
				new AnswerSheet.Raw(form));
		switch (submission.outcome()) {
			case STORED, ALREADY_STORED, AWAITING_CHECK -> {
				redirect.addFlashAttribute("flashSuccess", submission.outcome() == Submission.Outcome.AWAITING_CHECK
						? "participation.survey.paper.awaitingCheck" : "participation.survey.paper.stored");
				return "redirect:" + SurveyController.path(province, surveyId) + "/paper";
			}
			case CLOSED -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				return page(province, surveyId, form, form.getFirst("submissionKey"),
						problems.single("participation.survey.paper.draft"), model);
			}
			default -> {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				return page(province, surveyId, form, PublicSurveyController.newKey(),
						problems.byField(submission.problems()), model);
			}
		}
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}/paper/check")
	String check(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestParam(required = false) String page, Model model) {
		return checkPage(ProvinceCode.of(provinceCode), surveyId, Map.of(), Paging.lenient(page), model);
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/paper/{responseId}/confirm")
	String confirm(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long responseId,
			Model model, RedirectAttributes redirect) {
		return checked(ProvinceCode.of(provinceCode), surveyId, model, redirect, "participation.survey.check.confirmed",
				() -> surveys.confirmPaper(ProvinceCode.of(provinceCode), surveyId, responseId));
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/paper/{responseId}/discard")
	String discard(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long responseId,
			Model model, RedirectAttributes redirect) {
		return checked(ProvinceCode.of(provinceCode), surveyId, model, redirect, "participation.survey.check.discarded",
				() -> surveys.discardPaper(ProvinceCode.of(provinceCode), surveyId, responseId));
	}

	private String checked(ProvinceCode province, long surveyId, Model model, RedirectAttributes redirect, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", done);
			return "redirect:" + SurveyController.path(province, surveyId) + "/paper/check";
		}
		catch (InputProblemsException e) {
			return checkPage(province, surveyId, problems.byField(e.problems()), Paging.first(), model);
		}
	}

	private String checkPage(ProvinceCode province, long surveyId, Map<String, List<String>> errors, Paging paging,
			Model model) {
		model.addAttribute("survey", surveys.survey(province, surveyId));
		PageOf<ResponseView> pending = surveys.awaitingCheck(province, surveyId, LocaleContextHolder.getLocale(), paging);
		if (pending.items().isEmpty() && paging.page() > pending.totalPages()) {
			// the last responses of the last page were just checked: show the page before
			pending = surveys.awaitingCheck(province, surveyId, LocaleContextHolder.getLocale(),
					new Paging(pending.totalPages(), paging.size()));
		}
		model.addAttribute("pending", pending.items());
		model.addAttribute("pendingPage", pending);
		model.addAttribute("checkPath", SurveyController.path(province, surveyId) + "/paper/check");
		model.addAttribute("errors", errors);
		return "participation/survey/check";
	}

	private String page(ProvinceCode province, long surveyId, Map<String, List<String>> typed, String submissionKey,
			Map<String, List<String>> errors, Model model) {
		Survey survey = surveys.survey(province, surveyId);
		model.addAttribute("survey", survey);
		model.addAttribute("summary", surveys.summary(province, surveyId));
		model.addAttribute("areas", profile.areasOf(province).stream()
			.map(a -> new PublicSurvey.Area(a.id(), a.name())).toList());
		model.addAttribute("typed", new TypedAnswers(typed));
		model.addAttribute("errors", errors);
		model.addAttribute("submissionKey", submissionKey);
		return "participation/survey/paper";
	}
}
