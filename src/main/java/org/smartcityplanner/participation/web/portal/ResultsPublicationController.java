package org.smartcityplanner.participation.web.portal;

import java.util.List;

import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.portal.ResultsPublications;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's page about the public portal: its link, and per survey whether its results are public (shown there
 * once the survey is closed). The working group may look; coordinators, consultants and admins decide.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class ResultsPublicationController {

	private final SurveyUseCases surveys;
	private final ResultsPublications publications;

	ResultsPublicationController(SurveyUseCases surveys, ResultsPublications publications) {
		this.surveys = surveys;
		this.publications = publications;
	}

	/** A survey with the staff's decision on its results. */
	record Row(SurveySummary survey, boolean closed, org.smartcityplanner.participation.internal.portal.ResultsPublication publication) {
	}

	@GetMapping("/p/{provinceCode}/participation/portal")
	String show(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		var decided = publications.publicOf(province);
		List<Row> rows = surveys.surveysOf(province).stream()
			.map(s -> new Row(s, s.state() == SurveyState.CLOSED, decided.get(s.id())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("publicPath", "/public/" + province.value());
		return "participation/portal/staff";
	}

	@PostMapping("/p/{provinceCode}/participation/portal/surveys/{surveyId}")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String decide(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestParam(name = "public") boolean makePublic, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		publications.decide(province, surveyId, makePublic);
		redirect.addFlashAttribute("flashSuccess",
				makePublic ? "participation.portal.resultsPublished" : "participation.portal.resultsWithdrawn");
		return "redirect:/p/" + province.value() + "/participation/portal";
	}
}
