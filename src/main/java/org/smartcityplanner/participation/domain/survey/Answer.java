package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.List;

/** One question's checked answer, ready to store. */
public sealed interface Answer permits Answer.Choices, Answer.Ranks, Answer.Number, Answer.Text, Answer.Place {

	/** The question answered. */
	long questionId();

	/** Chosen options (single or multiple choice) or the Likert point (index 0–4 for 1–5). */
	record Choices(long questionId, List<Integer> options) implements Answer {

		public Choices {
			options = List.copyOf(options);
		}
	}

	/** A ranking: the rank (1 = most important) given to each option, by option index. */
	record Ranks(long questionId, List<Integer> rankByOption) implements Answer {

		public Ranks {
			rankByOption = List.copyOf(rankByOption);
		}
	}

	/** A number. */
	record Number(long questionId, BigDecimal value) implements Answer {
	}

	/** Open text, stripped. */
	record Text(long questionId, String text) implements Answer {
	}

	/**
	 * A place.
	 *
	 * @param areaId the target area chosen, or {@code null} for "elsewhere in the province"
	 * @param latitude the point on the map, or {@code null} when none was marked
	 * @param longitude the point on the map, or {@code null}
	 */
	record Place(long questionId, Long areaId, BigDecimal latitude, BigDecimal longitude) implements Answer {
	}
}
