package org.smartcityplanner.actionplan.optimiser.model;

/**
 * How much of a source's envelope a portfolio uses in one fiscal year.
 *
 * @param sourceCode the source
 * @param fiscalYear B.E. fiscal year
 * @param envelopeSatang the envelope
 * @param usedSatang funding of the portfolio from this source in this year
 * @param binding whether the envelope limits the portfolio: the slack is (almost) zero, or smaller than the
 *        cost any excluded project eligible for this source would need from it in this year
 */
public record EnvelopeUse(String sourceCode, int fiscalYear, long envelopeSatang, long usedSatang,
		boolean binding) {

	/** Money left in the envelope. */
	public long slackSatang() {
		return envelopeSatang - usedSatang;
	}
}
