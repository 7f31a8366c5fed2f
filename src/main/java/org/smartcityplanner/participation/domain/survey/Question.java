package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a survey.
 *
 * @param id its id
 * @param position its place in the survey, from 1
 * @param kind what kind of answer it takes
 * @param text the question
 * @param help a hint under it, may be empty
 * @param required whether an answer is needed (when the question is shown)
 * @param options the options of a choice or ranking question, in order; empty for other kinds
 * @param min the smallest number allowed, or {@code null}
 * @param max the largest number allowed, or {@code null}
 * @param condition when it is asked only after a given answer to an earlier question, else {@code null}
 */
public record Question(long id, int position, QuestionKind kind, String text, String help, boolean required,
		List<String> options, BigDecimal min, BigDecimal max, Condition condition) {

	/** The five points of a Likert question, as option indexes 0–4 for the values 1–5. */
	public static final int LIKERT_POINTS = 5;

	/**
	 * Asked only when an earlier choice question was answered with a given option.
	 *
	 * @param questionId the earlier question
	 * @param option the option's index (from 0) that must be among its answers
	 */
	public record Condition(long questionId, int option) {
	}

	public Question {
		options = List.copyOf(options);
		help = help == null ? "" : help;
	}

	/** How many options the answers count by: the typed ones, or the five Likert points. */
	public int optionCount() {
		return kind == QuestionKind.LIKERT ? LIKERT_POINTS : options.size();
	}

	/** The form field of the question's answer. */
	public String field() {
		return "q" + id;
	}
}
