package org.smartcityplanner.participation.domain.survey;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Sector;

/**
 * One respondent's checked answers, with who they are in the terms the results are cut by.
 *
 * @param answers the answers to the questions that were asked and answered
 * @param sector the respondent's sector, or {@code null} for a member of the general public
 * @param areaId the target area they live or work in, or {@code null} for elsewhere or not said
 */
public record AnswerSheet(List<Answer> answers, Sector sector, Long areaId) {

	public AnswerSheet {
		answers = List.copyOf(answers);
	}

	/** The answer to one question, if given. */
	public java.util.Optional<Answer> answerTo(long questionId) {
		return answers.stream().filter(a -> a.questionId() == questionId).findFirst();
	}

	/** Raw form values as they arrive from a page or the API: field name to the values sent under it. */
	public record Raw(Map<String, List<String>> fields) {

		public Raw {
			fields = Map.copyOf(fields);
		}

		/** The values of a field, empty when not sent; blank values dropped. */
		public List<String> values(String field) {
			return fields.getOrDefault(field, List.of()).stream().filter(v -> v != null && !v.isBlank())
				.map(String::strip).toList();
		}

		/** The single value of a field, or {@code ""}. */
		public String value(String field) {
			List<String> values = values(field);
			return values.isEmpty() ? "" : values.get(0);
		}
	}
}
