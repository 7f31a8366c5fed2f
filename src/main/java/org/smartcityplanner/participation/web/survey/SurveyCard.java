package org.smartcityplanner.participation.web.survey;

import java.util.List;

import org.smartcityplanner.participation.SurveyApi;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** The surveys' card on the landing page: surveys, those open, and the counted responses (the survey figures). */
@Component
class SurveyCard implements LandingCard {

	private final SurveyApi surveys;

	SurveyCard(SurveyApi surveys) {
		this.surveys = surveys;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Card card(ProvinceCode province) {
		List<SurveySummary> all = surveys.surveysOf(province);
		long open = all.stream().filter(survey -> survey.state() == SurveyState.OPEN).count();
		long responses = all.stream().mapToLong(SurveySummary::responses).sum();
		long awaiting = all.stream().mapToLong(SurveySummary::awaitingCheck).sum();
		return new Card("participation.tool.surveys", "participation.surveys.card",
				"/p/" + province.value() + "/participation/surveys",
				List.of(new Figure("participation.tool.surveys.stat.surveys", all.size()),
						new Figure("participation.tool.surveys.stat.open", open),
						new Figure("participation.tool.surveys.stat.responses", responses)),
				awaiting == 0 ? null : "participation.surveys.cardAwaiting", List.of(awaiting));
	}
}
