package org.smartcityplanner.participation.domain.survey;

import java.util.List;

/**
 * A survey finding as typed: nothing in it is trusted until {@link FindingRules} accepts it.
 *
 * @param statement what was found, in a sentence ("flooding comes first in the old town")
 * @param basis the figures it rests on ("68 % of 120 respondents in the old town put flooding first")
 * @param questionIds the survey's questions it rests on, at least one
 */
public record FindingDraft(String statement, String basis, List<Long> questionIds) {

	public FindingDraft {
		questionIds = questionIds == null ? List.of() : questionIds.stream().filter(id -> id != null).toList();
	}
}
