package org.smartcityplanner.actionplan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a participatory-budgeting ballot's outcome for one project into its 0–10 "public support" score:
 *
 * <pre>
 * score = 8 × approvals ÷ (approvals of the ballot's most-approved project)  +  2 if the Method of Equal Shares selected it
 * </pre>
 *
 * rounded half up to one decimal. Why this shape:
 * <ul>
 * <li>Support is measured against the ballot's most-approved project rather than against all ballots cast,
 * because a K-approval or knapsack ballot limits how many projects one voter may tick: absolute shares of
 * different ballot kinds are not comparable, while "as popular as the favourite" is. The favourite gets the full
 * 8 points of breadth.</li>
 * <li>Selection by the Method of Equal Shares adds 2 points: it means a group of voters large enough to pay
 * the project's cost out of their equal shares of the budget wanted it, which breadth alone does not show (a
 * project a cohesive minority supports can be selected, and an expensive favourite can miss out).</li>
 * <li>The score is bounded by 0 and 8 + 2 = 10, and it never falls when a project gains approvals or is selected
 * (monotone in both). A ballot nobody approved anything on gives no score at all: it says nothing about
 * support.</li>
 * </ul>
 * When several closed ballots include a project, the newest closed ballot's score counts.
 */
public final class PublicSupportScore {

	/** Points for breadth of support: the most-approved project gets them all. */
	public static final BigDecimal BREADTH_POINTS = new BigDecimal("8");

	/** Points for selection by the Method of Equal Shares. */
	public static final BigDecimal SELECTION_POINTS = new BigDecimal("2");

	private PublicSupportScore() {
	}

	/**
	 * The score of one project.
	 *
	 * @param approvals the ballots (online and paper) that ticked this project
	 * @param mostApprovals the approvals of the ballot's most-approved project, at least {@code approvals} and
	 * above zero
	 * @param selectedByEqualShares whether the Method of Equal Shares with completion selected it
	 * @return 0–10, one decimal
	 * @throws IllegalArgumentException when the counts cannot come from one ballot
	 */
	public static BigDecimal of(long approvals, long mostApprovals, boolean selectedByEqualShares) {
		if (approvals < 0 || mostApprovals <= 0 || approvals > mostApprovals) {
			throw new IllegalArgumentException(
					"approvals " + approvals + " cannot come from a ballot whose top project has " + mostApprovals);
		}
		BigDecimal breadth = BREADTH_POINTS.multiply(BigDecimal.valueOf(approvals))
			.divide(BigDecimal.valueOf(mostApprovals), 10, RoundingMode.HALF_UP);
		BigDecimal score = selectedByEqualShares ? breadth.add(SELECTION_POINTS) : breadth;
		return score.setScale(1, RoundingMode.HALF_UP);
	}
}
