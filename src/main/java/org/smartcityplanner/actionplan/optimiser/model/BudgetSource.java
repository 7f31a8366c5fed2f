package org.smartcityplanner.actionplan.optimiser.model;

import java.util.Map;

/**
 * A budget source (provincial development budget, local government budget, digital economy fund, ...) as the
 * optimiser sees it: how much it can give in each fiscal year.
 *
 * @param code stable code of the source (e.g. {@code PROVINCIAL}); referenced by {@link FundingRule}
 * @param envelopeByYear money available per fiscal year (B.E. year to satang); a year that is missing has no
 *        money ({@code 0})
 * @param multiYearAllowed whether the source may fund a project that runs over more than one fiscal year (a
 *        multi-year commitment); when {@code false} it can only fund one-year projects
 */
public record BudgetSource(String code, Map<Integer, Long> envelopeByYear, boolean multiYearAllowed) {

	public BudgetSource {
		envelopeByYear = Map.copyOf(envelopeByYear);
	}

	/** A source that allows multi-year commitments. */
	public static BudgetSource of(String code, Map<Integer, Long> envelopeByYear) {
		return new BudgetSource(code, envelopeByYear, true);
	}

	/** Envelope of a fiscal year in satang, {@code 0} when none is set. */
	public long envelope(int fiscalYear) {
		return envelopeByYear.getOrDefault(fiscalYear, 0L);
	}

	/** The same source with a different envelope in one year (what-if). */
	public BudgetSource withEnvelope(int fiscalYear, long satang) {
		var copy = new java.util.HashMap<>(envelopeByYear);
		copy.put(fiscalYear, satang);
		return new BudgetSource(code, copy, multiYearAllowed);
	}
}
