package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.List;

/**
 * Pol.is's analysis of a conversation: the vote matrix (participants below the minimum left out), PCA to two
 * components, k-means++ with k chosen by silhouette among 2–5, representative statements per group and consensus
 * statements across groups. Deterministic: the same votes always give the same map, groups and statements.
 */
public final class OpinionAnalysis {

	private OpinionAnalysis() {
	}

	/** Analyses the votes on the shown statements. */
	public static OpinionMap of(List<Long> statementIds, List<Vote> votes) {
		VoteMatrix matrix = VoteMatrix.of(statementIds, votes);
		double[][] points = Projection.of(matrix);
		Grouping.Result grouping = Grouping.of(points);
		List<OpinionMap.Point> placed = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			placed.add(new OpinionMap.Point(points[i][0], points[i][1], grouping.labels()[i]));
		}
		List<List<Tally>> tallies = new ArrayList<>();
		for (int g = 0; g < grouping.groups(); g++) {
			tallies.add(tallies(matrix, grouping.labels(), g));
		}
		List<OpinionMap.Group> groups = new ArrayList<>();
		for (int g = 0; g < grouping.groups(); g++) {
			List<Tally> outside = outside(tallies, g, matrix.statements().size());
			int size = 0;
			for (int label : grouping.labels()) {
				size += label == g ? 1 : 0;
			}
			groups.add(new OpinionMap.Group(g, size, Repness.of(matrix.statements(), tallies.get(g), outside)));
		}
		return new OpinionMap(matrix.votersTotal(), points.length,
				VoteMatrix.minimumVotes(matrix.statements().size()), grouping.silhouette(), placed, groups,
				Consensus.of(matrix.statements(), tallies));
	}

	private static List<Tally> tallies(VoteMatrix matrix, int[] labels, int group) {
		List<Tally> tallies = new ArrayList<>();
		for (int j = 0; j < matrix.statements().size(); j++) {
			int agree = 0;
			int disagree = 0;
			int seen = 0;
			for (int i = 0; i < labels.length; i++) {
				if (labels[i] == group && matrix.voted(i, j)) {
					seen++;
					agree += matrix.value(i, j) == 1 ? 1 : 0;
					disagree += matrix.value(i, j) == -1 ? 1 : 0;
				}
			}
			tallies.add(new Tally(agree, disagree, seen));
		}
		return tallies;
	}

	private static List<Tally> outside(List<List<Tally>> tallies, int group, int statements) {
		List<Tally> outside = new ArrayList<>();
		for (int j = 0; j < statements; j++) {
			Tally sum = new Tally(0, 0, 0);
			for (int g = 0; g < tallies.size(); g++) {
				if (g != group) {
					sum = sum.plus(tallies.get(g).get(j));
				}
			}
			outside.add(sum);
		}
		return outside;
	}
}
