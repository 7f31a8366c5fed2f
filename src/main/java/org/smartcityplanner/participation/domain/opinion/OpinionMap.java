package org.smartcityplanner.participation.domain.opinion;

import java.util.List;

/**
 * The analysis of a conversation's votes: where each participant sits (no names, only a group), the groups with
 * their representative statements, and the statements agreed across the groups.
 *
 * @param voters everyone who voted on a shown statement
 * @param placed participants with at least {@code minimumVotes} votes, the ones on the map
 * @param minimumVotes the fewest votes that put a participant on the map
 * @param silhouette the mean silhouette of the chosen grouping (0 without groups)
 * @param points the placed participants' positions and groups, in a stable order
 * @param groups the groups, largest first (empty when there were too few participants to group)
 * @param consensus statements most people in every group agree with, best first
 */
public record OpinionMap(int voters, int placed, int minimumVotes, double silhouette, List<Point> points,
		List<Group> groups, List<Consensus.Agreed> consensus) {

	public OpinionMap {
		points = List.copyOf(points);
		groups = List.copyOf(groups);
		consensus = List.copyOf(consensus);
	}

	/** One participant on the map (x, y from the first two principal components) and their group (0-based). */
	public record Point(double x, double y, int group) {
	}

	/**
	 * One opinion group.
	 *
	 * @param index 0 = the largest group
	 * @param size how many participants
	 * @param representative the statements that set it apart, best first
	 */
	public record Group(int index, int size, List<Repness.Representative> representative) {

		public Group {
			representative = List.copyOf(representative);
		}
	}
}
