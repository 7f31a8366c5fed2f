package org.smartcityplanner.engagement.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.domain.matching.BruteForceTeamMatcher;
import org.smartcityplanner.engagement.domain.matching.GreedyTeamMatcher;
import org.smartcityplanner.engagement.domain.matching.MatchingFixtures;
import org.smartcityplanner.engagement.domain.matching.TeamChoice;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.engagement.domain.matching.TeamRules;

/**
 * CP-SAT and the greedy fallback against brute force on 300 small random pools: the solver's team costs exactly
 * the brute-force optimum (and finds a team exactly when one exists); greedy's teams are valid and never cheaper.
 */
class TeamMatcherCrossCheckTests {

	private final CpSatTeamMatcher solver = new CpSatTeamMatcher(Duration.ofSeconds(10));
	private final GreedyTeamMatcher greedy = new GreedyTeamMatcher();
	private final BruteForceTeamMatcher bruteForce = new BruteForceTeamMatcher();

	@Test
	void solverMatchesBruteForceAndGreedyIsFeasibleButNeverBetter() {
		Random random = new Random(20261211);
		int withTeam = 0;
		int greedyFound = 0;
		for (int round = 0; round < 300; round++) {
			TeamRequest request = MatchingFixtures.randomRequest(random, 7 + random.nextInt(8));
			TeamChoice optimum = bruteForce.choose(request);
			TeamChoice cp = solver.choose(request);
			TeamChoice fallback = greedy.choose(request);
			String context = "round " + round + ": " + request;
			assertThat(cp.hasTeam()).as(context).isEqualTo(optimum.hasTeam());
			if (optimum.hasTeam()) {
				withTeam++;
				assertThat(cp.status()).as(context).isEqualTo(TeamChoice.Status.OPTIMAL);
				assertThat(TeamRules.violations(request, cp.memberIds())).as(context).isEmpty();
				assertThat(cp.cost()).as(context).isEqualTo(optimum.cost());
			}
			if (fallback.hasTeam()) {
				greedyFound++;
				assertThat(optimum.hasTeam()).as(context).isTrue();
				assertThat(TeamRules.violations(request, fallback.memberIds())).as(context).isEmpty();
				assertThat(fallback.cost()).as(context).isGreaterThanOrEqualTo(optimum.cost());
			}
		}
		// the random cases must exercise both outcomes, and greedy must usually succeed where a team exists
		assertThat(withTeam).isBetween(60, 290);
		assertThat(greedyFound).isGreaterThan(withTeam * 8 / 10);
	}
}
