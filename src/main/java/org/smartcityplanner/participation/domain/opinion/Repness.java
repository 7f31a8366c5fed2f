package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which statements set a group apart, after Pol.is ({@code math/src/polismath/math/repness.clj}): for a group and a
 * statement, pa = (agree + 1) / (seen + 2) in the group and outside it; the statement represents the group's
 * agreement when the group agrees more than chance (one-proportion test) and more than the rest (two-proportion
 * test), both significant at 90 % (z > 1.2816); likewise for disagreement. Ranked by ra · rat · pa · pat (ratio to
 * the rest, its test, the share, its test), agreements before disagreements, at most {@link #PER_GROUP} per
 * group.
 */
public final class Repness {

	/** Pol.is's one-sided 90 % threshold of a z-score. */
	static final double Z_90 = 1.2816;
	/** Pol.is shows at most five statements per group. */
	static final int PER_GROUP = 5;

	private Repness() {
	}

	/** Which way a statement represents a group. */
	public enum Direction {
		AGREE, DISAGREE
	}

	/**
	 * A statement that represents a group.
	 *
	 * @param statementId the statement
	 * @param direction whether the group agrees or disagrees with it
	 * @param inGroup the group's votes on it
	 * @param metric Pol.is's rank (higher = more representative)
	 */
	public record Representative(long statementId, Direction direction, Tally inGroup, double metric) {
	}

	/** Pol.is's one-proportion test with a pseudocount: z of {@code successes} of {@code n} against one half. */
	static double propTest(int successes, int n) {
		double s = successes + 1.0;
		double m = n + 1.0;
		return 2 * Math.sqrt(m) * (s / m - 0.5);
	}

	/** Pol.is's two-proportion z-test with pseudocounts: is the first share larger than the second? */
	static double twoPropTest(int successes1, int successes2, int n1, int n2) {
		double s1 = successes1 + 1.0;
		double s2 = successes2 + 1.0;
		double m1 = n1 + 1.0;
		double m2 = n2 + 1.0;
		double pooled = (s1 + s2) / (m1 + m2);
		return (s1 / m1 - s2 / m2) / Math.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2));
	}

	/**
	 * The representative statements of one group, best first.
	 *
	 * @param inGroup the group's tally per statement (column order)
	 * @param outside everyone else's tally per statement
	 */
	public static List<Representative> of(List<Long> statements, List<Tally> inGroup, List<Tally> outside) {
		List<Representative> found = new ArrayList<>();
		for (int j = 0; j < statements.size(); j++) {
			Tally in = inGroup.get(j);
			Tally out = outside.get(j);
			double pat = propTest(in.agree(), in.seen());
			double rat = twoPropTest(in.agree(), out.agree(), in.seen(), out.seen());
			double pdt = propTest(in.disagree(), in.seen());
			double rdt = twoPropTest(in.disagree(), out.disagree(), in.seen(), out.seen());
			boolean agrees = pat > Z_90 && rat > Z_90;
			boolean disagrees = pdt > Z_90 && rdt > Z_90;
			double agreeMetric = in.pa() / out.pa() * rat * in.pa() * pat;
			double disagreeMetric = in.pd() / out.pd() * rdt * in.pd() * pdt;
			if (agrees && (!disagrees || agreeMetric >= disagreeMetric)) {
				found.add(new Representative(statements.get(j), Direction.AGREE, in, agreeMetric));
			}
			else if (disagrees) {
				found.add(new Representative(statements.get(j), Direction.DISAGREE, in, disagreeMetric));
			}
		}
		// as Pol.is: what the group agrees with first, then what it rejects, each best first
		found.sort(Comparator.comparing(Representative::direction)
			.thenComparing(Comparator.comparingDouble(Representative::metric).reversed())
			.thenComparingLong(Representative::statementId));
		return found.size() > PER_GROUP ? List.copyOf(found.subList(0, PER_GROUP)) : List.copyOf(found);
	}
}
