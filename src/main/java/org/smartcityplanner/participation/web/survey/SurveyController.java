package org.smartcityplanner.participation.web.survey;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The province's surveys: the list (the working group may look), and for coordinators, consultants and admins
 * writing a survey question by question, publishing and closing it. Questions freeze once the survey is
 * published, so every answer means the same thing.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class SurveyController {

	static final String MANAGERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	private final SurveyUseCases surveys;
	private final ProblemMessages problems;

	SurveyController(SurveyUseCases surveys, ProblemMessages problems) {
		this.surveys = surveys;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/surveys")
	String list(@PathVariable String provinceCode, Model model) {
		model.addAttribute("surveys", surveys.surveysOf(ProvinceCode.of(provinceCode)));
		model.addAttribute("form", new SurveyForm());
		model.addAttribute("errors", Map.of());
		return "participation/survey/list";
	}

	@PostMapping("/p/{provinceCode}/participation/surveys")
	@PreAuthorize(MANAGERS)
	String create(@PathVariable String provinceCode, @ModelAttribute("form") SurveyForm form, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			Survey survey = surveys.create(province, form.getTitle(), form.getDescription(), form.isPaperCheck());
			redirect.addFlashAttribute("flashSuccess", "participation.survey.created");
			return "redirect:" + path(province, survey.id());
		}
		catch (InputProblemsException e) {
			model.addAttribute("surveys", surveys.surveysOf(province));
			model.addAttribute("errors", problems.byField(e.problems()));
			return "participation/survey/list";
		}
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}")
	String show(@PathVariable String provinceCode, @PathVariable long surveyId, Model model) {
		return page(ProvinceCode.of(provinceCode), surveyId, new QuestionForm(), Map.of(), model);
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/questions")
	@PreAuthorize(MANAGERS)
	String addQuestion(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version,
			@ModelAttribute("questionForm") QuestionForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		QuestionDraft draft = form.draft();
		return change(province, surveyId, redirect, model, form,
				() -> surveys.addQuestion(province, surveyId, version, draft), "participation.survey.question.added");
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/questions/{questionId}/delete")
	@PreAuthorize(MANAGERS)
	String removeQuestion(@PathVariable String provinceCode, @PathVariable long surveyId,
			@PathVariable long questionId, @RequestParam int version, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return change(province, surveyId, redirect, model, new QuestionForm(),
				() -> surveys.removeQuestion(province, surveyId, version, questionId),
				"participation.survey.question.removed");
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/details")
	@PreAuthorize(MANAGERS)
	String details(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version,
			@ModelAttribute SurveyForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return change(province, surveyId, redirect, model, new QuestionForm(),
				() -> surveys.updateDetails(province, surveyId, version, form.getTitle(), form.getDescription(),
						form.isPaperCheck()), "participation.survey.saved");
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/publish")
	@PreAuthorize(MANAGERS)
	String publish(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return change(province, surveyId, redirect, model, new QuestionForm(),
				() -> surveys.publish(province, surveyId, version), "participation.survey.published");
	}

	@PostMapping("/p/{provinceCode}/participation/surveys/{surveyId}/close")
	@PreAuthorize(MANAGERS)
	String close(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return change(province, surveyId, redirect, model, new QuestionForm(),
				() -> surveys.close(province, surveyId, version), "participation.survey.closed");
	}

	private String change(ProvinceCode province, long surveyId, RedirectAttributes redirect, Model model,
			QuestionForm form, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", done);
			return "redirect:" + path(province, surveyId);
		}
		catch (InputProblemsException e) {
			return page(province, surveyId, form, problems.byField(e.problems()), model);
		}
		catch (OptimisticLockingFailureException e) {
			// someone changed the survey meanwhile: show theirs, keep what this user typed in the form
			return page(province, surveyId, form, problems.single("participation.survey.conflict"), model);
		}
	}

	private String page(ProvinceCode province, long surveyId, QuestionForm form, Map<String, List<String>> errors,
			Model model) {
		Survey survey = surveys.survey(province, surveyId);
		model.addAttribute("survey", survey);
		model.addAttribute("summary", surveys.summary(province, surveyId));
		model.addAttribute("questionForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("conditionQuestions", survey.questions().stream()
			.filter(q -> q.kind().isCountedByOption()).toList());
		model.addAttribute("publicUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/survey/{key}").buildAndExpand(survey.publicKey()).toUriString());
		return "participation/survey/survey";
	}

	static String path(ProvinceCode province, long surveyId) {
		return "/p/" + province.value() + "/participation/surveys/" + surveyId;
	}
}
