package org.smartcityplanner.actionplan.optimiser.model;

/**
 * That a budget source may fund a candidate, and on which terms. A source without a rule on a candidate pays
 * nothing towards it.
 *
 * @param sourceCode the {@link BudgetSource#code()}
 * @param capSatang most this source pays towards the project over all years ({@link #NO_CAP} for none)
 * @param minShareBasisPoints least share of the project's total cost this source pays if the project is funded,
 *        in basis points (1,000 = 10 %); e.g. a local government co-funding share
 * @param maxShareBasisPoints most share of the project's total cost this source pays, in basis points (10,000 =
 *        100 %); e.g. a fund that pays at most half
 */
public record FundingRule(String sourceCode, long capSatang, int minShareBasisPoints, int maxShareBasisPoints) {

	/** No cap per project. */
	public static final long NO_CAP = Long.MAX_VALUE;

	/** One hundred percent in basis points. */
	public static final int ALL = 10_000;

	/** The source may pay any part of the project, without a cap. */
	public static FundingRule any(String sourceCode) {
		return new FundingRule(sourceCode, NO_CAP, 0, ALL);
	}

	/** The source may pay at most {@code capSatang} towards the project. */
	public static FundingRule capped(String sourceCode, long capSatang) {
		return new FundingRule(sourceCode, capSatang, 0, ALL);
	}

	/** The source pays between the two shares of the project's total cost. */
	public static FundingRule shared(String sourceCode, int minShareBasisPoints, int maxShareBasisPoints) {
		return new FundingRule(sourceCode, NO_CAP, minShareBasisPoints, maxShareBasisPoints);
	}

	public boolean hasCap() {
		return capSatang != NO_CAP;
	}
}
