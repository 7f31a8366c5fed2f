package org.smartcityplanner.participation.internal.survey;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Surveys as a participation tool: the process opens them phase by phase; figures come from {@link SurveyFigures}. */
@Component
@Order(20)
class SurveyTool implements ParticipationTool {

	private final SurveyUseCases surveys;

	SurveyTool(SurveyUseCases surveys) {
		this.surveys = surveys;
	}

	@Override
	public String key() {
		return SurveyService.TOOL;
	}

	@Override
	public String nameMessageKey() {
		return "participation.tool.surveys";
	}

	@Override
	public String pagePath(ProvinceCode province) {
		return "/p/" + province.value() + "/participation/surveys";
	}

	@Override
	public Permissions permissions() {
		return Permissions.STAFF_MANAGE_PUBLIC_TAKES_PART;
	}

	@Override
	public List<Statistic> statistics(ProvinceCode province) {
		List<SurveySummary> all = surveys.surveysOf(province);
		String k = "participation.tool.surveys.stat.";
		return List.of(new Statistic(k + "surveys", all.size()),
				new Statistic(k + "open", all.stream().filter(s -> s.state() == SurveyState.OPEN).count()),
				new Statistic(k + "responses", all.stream().mapToLong(SurveySummary::responses).sum()),
				new Statistic(k + "paper", all.stream().mapToLong(SurveySummary::paper).sum()),
				new Statistic(k + "awaitingCheck", all.stream().mapToLong(SurveySummary::awaitingCheck).sum()));
	}

	@Override
	public List<Export> exports(ProvinceCode province) {
		List<Export> exports = new ArrayList<>();
		for (SurveySummary s : surveys.surveysOf(province)) {
			if (s.state() != SurveyState.DRAFT) {
				String base = pagePath(province) + "/" + s.id() + "/export.";
				exports.add(new Export(s.title(), "xlsx", base + "xlsx"));
				exports.add(new Export(s.title(), "csv", base + "csv"));
			}
		}
		return exports;
	}
}
