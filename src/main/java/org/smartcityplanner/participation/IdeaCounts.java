package org.smartcityplanner.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The province's ideas as the module's statistics service counts them, for every page, API and book alike. A
 * hidden idea is out of the public's sight, so it counts only in {@link #hidden()}; every other figure covers the
 * public ideas, and each breakdown adds up to {@link #total()}.
 *
 * @param online public ideas proposed online, by what became of them
 * @param paper public ideas typed in from paper, by what became of them
 * @param hidden ideas moderators took off the public list
 * @param byDimension public ideas per smart dimension code, in the dimensions' official order (all seven, zeros
 *        included)
 * @param byArea public ideas per target area id, in the province's order of areas (every area, zeros included)
 * @param withoutArea public ideas for no target area (the whole province, or an area since removed)
 * @param ratings decided ideas whose author rated the answer
 * @param ratingTotal the sum of those ratings (1–5 each)
 */
public record IdeaCounts(Tally online, Tally paper, long hidden, Map<String, Long> byDimension,
		Map<Long, Long> byArea, long withoutArea, long ratings, long ratingTotal) {

	public IdeaCounts {
		byDimension = Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
		byArea = Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
	}

	/**
	 * Public ideas of one channel (or all) by what became of them, with the supports they received.
	 *
	 * @param underConsideration awaiting a decision
	 * @param accepted became a plan item
	 * @param declined declined with a reason
	 * @param supports supports given to them
	 */
	public record Tally(long underConsideration, long accepted, long declined, long supports) {

		/** The ideas, whatever became of them. */
		public long total() {
			return underConsideration + accepted + declined;
		}

		Tally plus(Tally other) {
			return new Tally(underConsideration + other.underConsideration, accepted + other.accepted,
					declined + other.declined, supports + other.supports);
		}
	}

	/** Both channels together. */
	public Tally all() {
		return online.plus(paper);
	}

	/** The public ideas: under consideration, accepted or declined. */
	public long total() {
		return all().total();
	}

	/** The authors' mean rating of the answers, to one decimal, or {@code null} while nobody rated. */
	public BigDecimal meanRating() {
		return ratings == 0 ? null
				: BigDecimal.valueOf(ratingTotal).divide(BigDecimal.valueOf(ratings), 1, RoundingMode.HALF_UP);
	}
}
