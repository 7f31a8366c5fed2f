package org.smartcityplanner.participation.internal.demo;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.domain.survey.FindingSuggestions;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The findings the demo's staff read in the open city-needs survey: the leading answer of its problems and of its
 * investment ranking, worded from the seeded results' own figures (so the demo plan can link them and the book
 * prints them as its main findings).
 */
final class DemoFindings {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final SurveyUseCases surveys;
	private final FindingUseCases findings;

	DemoFindings(SurveyUseCases surveys, FindingUseCases findings) {
		this.surveys = surveys;
		this.findings = findings;
	}

	void record(ProvinceCode province) {
		SurveySummary open = surveys.surveysOf(province).stream().filter(s -> s.state() == SurveyState.OPEN)
			.findFirst().orElse(null);
		if (open == null) {
			return;
		}
		SurveyResults results = surveys.results(province, open.id(), THAI);
		List<FindingSuggestions.Suggestion> suggestions = findings.suggestions(results).stream()
			.filter(s -> s.kind() == QuestionKind.MULTIPLE_CHOICE || s.kind() == QuestionKind.RANKING).toList();
		for (FindingSuggestions.Suggestion s : suggestions) {
			String statement = s.kind() == QuestionKind.RANKING
					? "ผู้ตอบให้ “" + s.option() + "” เป็นด้านที่จังหวัดควรลงทุนก่อนมากที่สุด"
					: "“" + s.option() + "” เป็นปัญหาที่ผู้ตอบพบบ่อยที่สุดในเมือง";
			String basis = "ข้อ " + s.position() + ": " + s.count() + " จาก " + s.answered() + " คน (ร้อยละ "
					+ s.percent().stripTrailingZeros().toPlainString() + ")";
			findings.record(province, open.id(), new FindingDraft(statement, basis, List.of(s.questionId())));
		}
	}
}
