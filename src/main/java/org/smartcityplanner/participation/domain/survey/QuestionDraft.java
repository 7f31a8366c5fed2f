package org.smartcityplanner.participation.domain.survey;

import java.util.List;

/**
 * A question as its author typed it, before it is checked.
 *
 * @param kind the kind's code (see {@link QuestionKind})
 * @param text the question
 * @param help a hint, may be empty
 * @param required whether an answer is needed
 * @param options the options of a choice or ranking question, one per entry
 * @param min the smallest number allowed, as typed, may be empty
 * @param max the largest number allowed, as typed, may be empty
 * @param conditionQuestionId the earlier question this one depends on, or {@code null}
 * @param conditionOption the option (from 1) of that question that makes this one asked, or {@code null}
 */
public record QuestionDraft(String kind, String text, String help, boolean required, List<String> options,
		String min, String max, Long conditionQuestionId, Integer conditionOption) {

	public QuestionDraft {
		text = text == null ? "" : text.strip();
		help = help == null ? "" : help.strip();
		options = options == null ? List.of()
				: options.stream().filter(o -> o != null && !o.isBlank())
					// one option per line is how they are stored and typed
					.map(o -> o.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).toList();
		min = min == null ? "" : min.strip();
		max = max == null ? "" : max.strip();
	}
}
