package org.smartcityplanner.participation.domain.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a survey finding must hold before it is stored: a statement and the figures it rests on, both plain text,
 * and at least one question, every one of them a question of the same survey (an id from another survey is
 * refused, never stored).
 */
public final class FindingRules {

	/** Most characters of a statement and of its basis. */
	public static final int MAX_TEXT = 500;

	private FindingRules() {
	}

	/**
	 * @param draft what was typed
	 * @param surveyQuestions the ids of the survey's questions
	 * @return every problem, each naming its field; empty when the finding may be stored
	 */
	public static List<Problem> check(FindingDraft draft, Set<Long> surveyQuestions) {
		List<Problem> problems = new ArrayList<>();
		text("statement", draft.statement(), problems);
		text("basis", draft.basis(), problems);
		if (draft.questionIds().isEmpty()) {
			problems.add(Problem.of("questionIds", "participation.finding.questionRequired"));
		}
		for (Long id : draft.questionIds()) {
			if (!surveyQuestions.contains(id)) {
				problems.add(Problem.of("questionIds", "participation.finding.questionUnknown", id));
				break;
			}
		}
		return problems;
	}

	/** The draft as it is stored: texts stripped, each question once, in the order chosen. */
	public static FindingDraft normalised(FindingDraft draft) {
		return new FindingDraft(draft.statement().strip(), draft.basis().strip(),
				List.copyOf(new LinkedHashSet<>(draft.questionIds())));
	}

	private static void text(String field, String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(Problem.of(field, "participation.finding." + field + "Required"));
			return;
		}
		TextRules.check(field, text.strip(), MAX_TEXT).ifPresent(problems::add);
	}
}
