package org.smartcityplanner.engagement.internal.pool;

import org.smartcityplanner.engagement.domain.matching.TeamChoice;
import org.smartcityplanner.engagement.domain.matching.TeamMatcher;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.engagement.domain.matching.TeamRules;

/**
 * Asks the solver first and the greedy matcher when the solver fails, times out without a team, or (never
 * expected) answers a team that breaks a rule.
 */
final class FallbackTeamMatcher implements TeamMatcher {

	private final TeamMatcher solver;
	private final TeamMatcher fallback;

	FallbackTeamMatcher(TeamMatcher solver, TeamMatcher fallback) {
		this.solver = solver;
		this.fallback = fallback;
	}

	@Override
	public TeamChoice choose(TeamRequest request) {
		TeamChoice answer = solver.choose(request);
		if (answer.status() == TeamChoice.Status.NO_TEAM) {
			return answer;
		}
		if (answer.hasTeam() && TeamRules.violations(request, answer.memberIds()).isEmpty()) {
			return answer;
		}
		TeamChoice greedy = fallback.choose(request);
		return greedy.hasTeam() ? greedy : TeamChoice.none(TeamChoice.Status.NO_TEAM, greedy.solver());
	}

}
