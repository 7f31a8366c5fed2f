package org.smartcityplanner.participation.internal.survey;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.TextRules;
import org.smartcityplanner.participation.internal.InputProblemsException;

/** A survey's title and introduction: their rules, and the snapshot the audit log keeps of them. */
final class SurveyDetails {

	private SurveyDetails() {
	}

	static void check(String title, String description) {
		List<Problem> problems = new java.util.ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(Problem.of("title", "participation.survey.titleRequired"));
		}
		else {
			TextRules.check("title", title.strip(), 200).ifPresent(problems::add);
		}
		TextRules.check("description", description == null ? "" : description.strip(), 2000).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
	}

	static Map<String, Object> snapshot(Survey s) {
		return Map.of("title", s.title(), "description", s.description(), "paperCheck", s.paperCheck(),
				"state", s.state().name());
	}
}
