package org.smartcityplanner.participation.web.survey;

import java.util.Map;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.participation.web.EditFlow;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a survey's findings, for the people who run the survey: a new one (blank, or starting from a suggestion
 * the results offer, which the person edits before it is saved), a change, a removal. The results page lists them.
 */
@Controller
@PreAuthorize(SurveyController.MANAGERS)
class FindingController {

	private static final String BASE = "/p/{provinceCode}/participation/surveys/{surveyId}/findings";

	private final FindingUseCases findings;
	private final SurveyUseCases surveys;
	private final FindingTexts texts;
	private final EditFlow edits;

	FindingController(FindingUseCases findings, SurveyUseCases surveys, FindingTexts texts, EditFlow edits) {
		this.findings = findings;
		this.surveys = surveys;
		this.texts = texts;
		this.edits = edits;
	}

	@GetMapping(BASE + "/new")
	String newFinding(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestParam(required = false) Long suggest, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		FindingForm form = new FindingForm();
		if (suggest != null) {
			findings.suggestions(surveys.results(province, surveyId, LocaleContextHolder.getLocale())).stream()
				.filter(s -> s.questionId() == suggest).findFirst().map(texts::written).ifPresent(written -> {
					form.setStatement(written.statement());
					form.setBasis(written.basis());
					form.getQuestionIds().add(written.questionId());
				});
		}
		return form(model, province, surveyId, form, null, Map.of());
	}

	@PostMapping(BASE)
	String record(@PathVariable String provinceCode, @PathVariable long surveyId,
			@ModelAttribute("form") FindingForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return edits.create(() -> findings.record(province, surveyId, form.draft()),
				(SurveyFinding none, Map<String, ?> errors) -> form(model, province, surveyId, form, none, errors),
				saved -> EditFlow.redirect(redirect, "participation.finding.recorded", results(provinceCode, surveyId)).get());
	}

	@GetMapping(BASE + "/{findingId}")
	String edit(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long findingId,
			Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		SurveyFinding finding = findings.finding(province, surveyId, findingId);
		return form(model, province, surveyId, FindingForm.of(finding), finding, Map.of());
	}

	@PostMapping(BASE + "/{findingId}")
	String update(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long findingId,
			@ModelAttribute("form") FindingForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		SurveyFinding finding = findings.finding(province, surveyId, findingId);
		return edits.update(model, finding, finding.version(), form,
				() -> findings.update(province, surveyId, findingId, form.draft(), form.getVersion()),
				(edited, errors) -> form(model, province, surveyId, form, edited, errors),
				EditFlow.redirect(redirect, "participation.finding.saved", results(provinceCode, surveyId)));
	}

	@PostMapping(BASE + "/{findingId}/delete")
	String delete(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long findingId,
			RedirectAttributes redirect) {
		findings.delete(ProvinceCode.of(provinceCode), surveyId, findingId);
		return EditFlow.redirect(redirect, "participation.finding.deleted", results(provinceCode, surveyId)).get();
	}

	private static String results(String provinceCode, long surveyId) {
		return "/p/" + provinceCode + "/participation/surveys/" + surveyId + "/results#findings";
	}

	private String form(Model model, ProvinceCode province, long surveyId, FindingForm form, SurveyFinding finding,
			Map<String, ?> errors) {
		Survey survey = surveys.survey(province, surveyId);
		model.addAttribute("survey", survey);
		model.addAttribute("form", form);
		model.addAttribute("finding", finding);
		model.addAttribute("errors", errors);
		return "participation/survey/finding-form";
	}
}
