package org.smartcityplanner.participation.domain.opinion;

/**
 * Votes on one statement among some participants.
 *
 * @param agree how many agreed
 * @param disagree how many disagreed
 * @param seen how many voted at all (passes included)
 */
public record Tally(int agree, int disagree, int seen) {

	/** The share who agreed among those who voted, 0 when nobody did. */
	public double agreeShare() {
		return seen == 0 ? 0 : (double) agree / seen;
	}

	/** The share who disagreed among those who voted, 0 when nobody did. */
	public double disagreeShare() {
		return seen == 0 ? 0 : (double) disagree / seen;
	}

	/** Pol.is's smoothed agree probability (agree + 1) / (seen + 2): a lone vote says little. */
	double pa() {
		return (agree + 1.0) / (seen + 2.0);
	}

	/** Pol.is's smoothed disagree probability. */
	double pd() {
		return (disagree + 1.0) / (seen + 2.0);
	}

	Tally plus(Tally other) {
		return new Tally(agree + other.agree, disagree + other.disagree, seen + other.seen);
	}
}
