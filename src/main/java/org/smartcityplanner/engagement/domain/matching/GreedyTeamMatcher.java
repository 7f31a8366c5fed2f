package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fallback when the solver fails or times out: for each eligible senior consultant as the first pick, add
 * whoever covers the most still-uncovered needs (cheapest first on ties), then fill with the cheapest; keep the
 * cheapest valid team over all first picks. Fast and usually good, never better than the optimum.
 */
public final class GreedyTeamMatcher implements TeamMatcher {

	public static final String NAME = "greedy";

	@Override
	public TeamChoice choose(TeamRequest request) {
		List<Candidate> eligible = new ArrayList<>(request.eligibleCandidates());
		eligible.sort(Comparator.comparingLong(request::cost).thenComparingLong(Candidate::id));
		List<Long> best = null;
		long bestCost = Long.MAX_VALUE;
		for (Candidate first : eligible) {
			if (!first.senior()) {
				continue;
			}
			List<Long> team = buildFrom(first, eligible, request);
			if (team != null) {
				long cost = TeamRules.cost(request, team);
				if (cost < bestCost) {
					best = team;
					bestCost = cost;
				}
			}
		}
		return best == null ? TeamChoice.none(TeamChoice.Status.NO_TEAM, NAME)
				: new TeamChoice(TeamChoice.Status.FEASIBLE, best, bestCost, NAME);
	}

	private static List<Long> buildFrom(Candidate first, List<Candidate> byCost, TeamRequest request) {
		List<Candidate> team = new ArrayList<>(List.of(first));
		Set<Need> uncovered = new HashSet<>(request.needs());
		uncovered.removeAll(first.covers());
		while (!uncovered.isEmpty() && team.size() < request.size()) {
			Candidate pick = null;
			long pickGain = 0;
			for (Candidate candidate : byCost) { // cheapest first, so the first with the highest gain wins ties
				long gain = candidate.covers().stream().filter(uncovered::contains).count();
				if (!team.contains(candidate) && gain > pickGain) {
					pick = candidate;
					pickGain = gain;
				}
			}
			if (pick == null) {
				return null;
			}
			team.add(pick);
			uncovered.removeAll(pick.covers());
		}
		if (!uncovered.isEmpty()) {
			return null;
		}
		for (Candidate candidate : byCost) {
			if (team.size() == request.size()) {
				break;
			}
			if (!team.contains(candidate)) {
				team.add(candidate);
			}
		}
		return team.size() == request.size() ? team.stream().map(Candidate::id).toList() : null;
	}
}
