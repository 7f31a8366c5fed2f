package org.smartcityplanner.participation;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.participation.domain.survey.QuestionKind;

/**
 * A survey's results: per question, computed over the responses that count (online, and paper ones once counted)
 * by the one figures query.
 *
 * @param summary the survey and its counts
 * @param questions one result per question, in order
 */
public record SurveyResults(SurveySummary summary, List<QuestionResult> questions) {

	public SurveyResults {
		questions = List.copyOf(questions);
	}

	/**
	 * One question's result.
	 *
	 * @param questionId the question
	 * @param position its number in the survey
	 * @param kind its kind
	 * @param text the question
	 * @param answered how many counted responses answered it (the base of every percentage)
	 * @param options per option (choice and Likert: count; ranking: mean rank and first places; map: per area)
	 * @param mean the mean (Likert 1–5, number), or {@code null}
	 * @param number the spread of a number question, or {@code null}
	 * @param texts the latest open answers (at most {@link #TEXT_SAMPLE}; the exports hold them all)
	 */
	public record QuestionResult(long questionId, int position, QuestionKind kind, String text, long answered,
			List<OptionResult> options, BigDecimal mean, NumberSpread number, List<String> texts) {

		public static final int TEXT_SAMPLE = 30;

		public QuestionResult {
			options = List.copyOf(options);
			texts = List.copyOf(texts);
		}
	}

	/**
	 * One option's (or area's) figures.
	 *
	 * @param label the option as written, the Likert point ("1"–"5"), or the area's name
	 * @param count how many answers chose it (ranking: how many put it first)
	 * @param percent {@code count} as a share of {@code answered}, two decimals
	 * @param meanRank the mean rank given to it (ranking only), else {@code null}
	 */
	public record OptionResult(String label, long count, BigDecimal percent, BigDecimal meanRank) {
	}

	/**
	 * @param min the smallest answer
	 * @param median the median
	 * @param max the largest answer
	 */
	public record NumberSpread(BigDecimal min, BigDecimal median, BigDecimal max) {
	}
}
