package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When the run page calls an envelope "binding" (จำกัดชุดโครงการ): the portfolio uses at least 99.5 % of it. The
 * page states this rule next to the table, and the list of limiting conditions uses the same rule, so the two
 * never disagree. The solver's own notion (slack smaller than what an excluded project would need) marked half-used
 * envelopes as binding and left a nearly full one blank, which readers could not check by eye.
 */
final class EnvelopeBinding {

	/** The share of the envelope, in tenths of a percent, from which it counts as binding. */
	static final int THRESHOLD_PERMILLE = 995;

	/** The threshold as the page shows it ("99.5"). */
	static final String THRESHOLD_PERCENT = "99.5";

	private EnvelopeBinding() {
	}

	/** Whether an envelope of {@code envelopeSatang} with {@code usedSatang} spent limits the portfolio. */
	static boolean binds(long envelopeSatang, long usedSatang) {
		return envelopeSatang > 0 && usedSatang * 1000 >= envelopeSatang * THRESHOLD_PERMILLE;
	}

	/** The share used, in percent with one decimal, or {@code null} for an envelope of nothing. */
	static BigDecimal usedPercent(long envelopeSatang, long usedSatang) {
		if (envelopeSatang <= 0) {
			return null;
		}
		return BigDecimal.valueOf(usedSatang).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(envelopeSatang), 1, RoundingMode.DOWN);
	}
}
