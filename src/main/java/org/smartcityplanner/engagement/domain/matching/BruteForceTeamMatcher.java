package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries every team of the requested size from the eligible candidates: the reference the solver and the greedy
 * fallback are checked against. Only for small pools (C(n, size) teams).
 */
public final class BruteForceTeamMatcher implements TeamMatcher {

	@Override
	public TeamChoice choose(TeamRequest request) {
		List<Candidate> eligible = request.eligibleCandidates();
		if (eligible.size() > 20) {
			throw new IllegalArgumentException("brute force is for pools of at most 20 eligible candidates");
		}
		long[] best = { Long.MAX_VALUE };
		List<Long> bestTeam = new ArrayList<>();
		search(request, eligible, 0, new ArrayList<>(), best, bestTeam);
		return bestTeam.isEmpty() ? TeamChoice.none(TeamChoice.Status.NO_TEAM, "brute force")
				: new TeamChoice(TeamChoice.Status.OPTIMAL, bestTeam, best[0], "brute force");
	}

	private static void search(TeamRequest request, List<Candidate> eligible, int from, List<Long> team, long[] best,
			List<Long> bestTeam) {
		if (team.size() == request.size()) {
			long cost = TeamRules.cost(request, team);
			if (cost < best[0] && TeamRules.violations(request, team).isEmpty()) {
				best[0] = cost;
				bestTeam.clear();
				bestTeam.addAll(team);
			}
			return;
		}
		for (int i = from; i < eligible.size(); i++) {
			team.add(eligible.get(i).id());
			search(request, eligible, i + 1, team, best, bestTeam);
			team.remove(team.size() - 1);
		}
	}
}
