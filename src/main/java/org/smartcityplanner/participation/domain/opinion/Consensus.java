package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Statements most people in every group agree with: in each group more than half of those who voted on it agreed.
 * Ranked, as Pol.is's group-aware consensus, by the product over the groups of the smoothed agree probability
 * (agree + 1) / (seen + 2), so a statement agreed in a large share of every group comes first.
 */
public final class Consensus {

	private Consensus() {
	}

	/**
	 * A statement agreed across the groups.
	 *
	 * @param statementId the statement
	 * @param perGroup each group's votes on it, in group order
	 * @param score the group-aware consensus (0–1)
	 */
	public record Agreed(long statementId, List<Tally> perGroup, double score) {

		public Agreed {
			perGroup = List.copyOf(perGroup);
		}
	}

	/**
	 * The consensus statements, best first.
	 *
	 * @param tallies per group (outer), the tally of each statement (inner, column order)
	 */
	public static List<Agreed> of(List<Long> statements, List<List<Tally>> tallies) {
		List<Agreed> found = new ArrayList<>();
		if (tallies.isEmpty()) {
			return found;
		}
		for (int j = 0; j < statements.size(); j++) {
			List<Tally> perGroup = new ArrayList<>();
			double score = 1;
			boolean everyGroup = true;
			for (List<Tally> group : tallies) {
				Tally tally = group.get(j);
				perGroup.add(tally);
				score *= tally.pa();
				everyGroup &= tally.seen() > 0 && 2 * tally.agree() > tally.seen();
			}
			if (everyGroup) {
				found.add(new Agreed(statements.get(j), perGroup, score));
			}
		}
		found.sort(Comparator.comparingDouble(Agreed::score).reversed().thenComparingLong(Agreed::statementId));
		return List.copyOf(found);
	}
}
