package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a finding may be read off the results: for each question answered by option (choices, scale, ranking,
 * areas on the map), the option most respondents chose. A suggestion is only a starting point: nothing is stored
 * until a person has written or confirmed the finding.
 */
public final class FindingSuggestions {

	private FindingSuggestions() {
	}

	/**
	 * One question's leading option.
	 *
	 * @param questionId the question
	 * @param position its number in the survey
	 * @param kind its kind (a ranking counts first places)
	 * @param question the question's text
	 * @param option the leading option's label
	 * @param count how many chose it (ranking: put it first)
	 * @param answered how many answered the question
	 * @param percent {@code count} as a share of {@code answered}
	 */
	public record Suggestion(long questionId, int position, QuestionKind kind, String question, String option,
			long count, long answered, BigDecimal percent) {
	}

	/**
	 * One question's result as the suggestions need it.
	 *
	 * @param options label, count and percent of each option
	 */
	public record Result(long questionId, int position, QuestionKind kind, String question, long answered,
			List<Option> options) {
	}

	/** An option's figures. */
	public record Option(String label, long count, BigDecimal percent) {
	}

	/** The suggestions, in question order; a question nobody answered, or one without options, has none. */
	public static List<Suggestion> from(List<Result> results) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Result result : results) {
			if (result.answered() == 0) {
				continue;
			}
			if (result.options().isEmpty()) {
				continue;
			}
			Option top = leading(result.options());
			if (top.count() > 0) {
				suggestions.add(new Suggestion(result.questionId(), result.position(), result.kind(), result.question(),
						top.label(), top.count(), result.answered(), top.percent()));
			}
		}
		return suggestions;
	}

	/** The option with the most answers; of equal counts, the first listed, so the pick is stable. */
	private static Option leading(List<Option> options) {
		Option best = options.get(0);
		for (Option option : options) {
			if (option.count() > best.count()) {
				best = option;
			}
		}
		return best;
	}
}
