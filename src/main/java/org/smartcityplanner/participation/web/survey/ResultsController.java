package org.smartcityplanner.participation.web.survey;

import java.nio.charset.StandardCharsets;

import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.survey.SurveyExports;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A survey's results per question with bar charts (each bar also a number in a table, for screen readers), a
 * cross-tab of one question by sector or area, the findings staff read in them (with suggestions to start from),
 * and the exports. The working group may read the results; the
 * exports, which hold every open answer, are for the people who run the survey.
 */
@Controller
class ResultsController {

	private final SurveyUseCases surveys;
	private final SurveyExports exports;
	private final FindingUseCases findings;
	private final FindingTexts findingTexts;

	ResultsController(SurveyUseCases surveys, SurveyExports exports, FindingUseCases findings,
			FindingTexts findingTexts) {
		this.surveys = surveys;
		this.exports = exports;
		this.findings = findings;
		this.findingTexts = findingTexts;
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}/results")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
	String results(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestParam(required = false) Long crossTab, @RequestParam(defaultValue = "SECTOR") String by,
			Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Survey survey = surveys.survey(province, surveyId);
		var choiceQuestions = survey.questions().stream().filter(q -> q.kind().isCountedByOption()).toList();
		Long tabbed = crossTab != null ? crossTab
				: choiceQuestions.isEmpty() ? null : choiceQuestions.get(0).id();
		CrossTab.By columns = "AREA".equals(by) ? CrossTab.By.AREA : CrossTab.By.SECTOR;
		model.addAttribute("survey", survey);
		SurveyResults results = surveys.results(province, surveyId, LocaleContextHolder.getLocale());
		model.addAttribute("results", results);
		model.addAttribute("choiceQuestions", choiceQuestions);
		model.addAttribute("by", columns.name());
		model.addAttribute("findings", findings.ofSurvey(province, surveyId));
		model.addAttribute("suggestions", findingTexts.written(findings.suggestions(results)));
		if (tabbed != null) {
			model.addAttribute("crossTab", surveys.crossTab(province, surveyId, tabbed, columns,
					LocaleContextHolder.getLocale()));
			model.addAttribute("crossTabQuestion", survey.question(tabbed).map(Question::text).orElse(""));
		}
		return "participation/survey/results";
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}/export.csv")
	@PreAuthorize(SurveyController.MANAGERS)
	ResponseEntity<byte[]> csv(@PathVariable String provinceCode, @PathVariable long surveyId) {
		byte[] body = exports.csv(ProvinceCode.of(provinceCode), surveyId, LocaleContextHolder.getLocale());
		return file(body, "survey-" + surveyId + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/p/{provinceCode}/participation/surveys/{surveyId}/export.xlsx")
	@PreAuthorize(SurveyController.MANAGERS)
	ResponseEntity<byte[]> xlsx(@PathVariable String provinceCode, @PathVariable long surveyId) {
		byte[] body = exports.xlsx(ProvinceCode.of(provinceCode), surveyId, LocaleContextHolder.getLocale());
		return file(body, "survey-" + surveyId + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
