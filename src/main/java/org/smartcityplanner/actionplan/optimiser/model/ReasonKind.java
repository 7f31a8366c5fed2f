package org.smartcityplanner.actionplan.optimiser.model;

/**
 * Why a project was left out of a portfolio. Each kind says which fields of {@link ExclusionReason} it fills,
 * so the web layer can phrase it in Thai or English.
 */
public enum ReasonKind {
	/** No source may fund it (no funding rule, or only single-year sources for a multi-year project). */
	NO_ELIGIBLE_SOURCE,
	/** Its eligible sources' caps and shares cannot cover its cost, whatever the envelopes. */
	FUNDING_RULES_CANNOT_COVER_COST,
	/**
	 * Adding it would exceed a source's envelope: {@code sourceCode} (or {@code null} when all of its eligible
	 * sources together fall short), {@code fiscalYear}, and {@code amountSatang} missing in that year at its best
	 * start year (one reason per year short). When every year could be paid on its own but the shares and caps
	 * across years cannot all be met with the money left, a single reason with {@code fiscalYear == null} and
	 * amount 0.
	 */
	ENVELOPE_SHORTFALL,
	/** It depends on {@code relatedProjectId}, which is not funded. */
	REQUIRED_PROJECT_NOT_SELECTED,
	/** It depends on {@code relatedProjectId}, which starts in {@code fiscalYear}, after its latest start. */
	REQUIRED_PROJECT_STARTS_TOO_LATE,
	/** It is an alternative to {@code relatedProjectId} (funded) in exclusive group {@code code}. */
	EXCLUSIVE_WITH_SELECTED,
	/**
	 * The money it would need went to {@code relatedProjectId}, a funded project using the same source and year
	 * with a higher score per baht; {@code amountSatang} is this project's total cost.
	 */
	LOWER_SCORE_PER_BAHT_THAN,
	/**
	 * Adding it would push the budget share of dimension or area {@code code} below its minimum (the minimum is
	 * a share of the funded total).
	 */
	WOULD_BREAK_MINIMUM_SHARE,
	/** Its score is zero, so funding it adds nothing. */
	ZERO_SCORE,
	/**
	 * It would fit, but the solver stopped at its time limit before proving the portfolio best; a longer run may
	 * add it.
	 */
	NOT_REACHED_IN_TIME,
	/**
	 * It would fit, and the portfolio is proven best: including it requires dropping other projects worth at
	 * least as much (several funding rules interact; no single reason).
	 */
	DISPLACED_BY_BETTER_COMBINATION
}
