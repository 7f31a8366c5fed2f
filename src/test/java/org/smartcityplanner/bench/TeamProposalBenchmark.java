package org.smartcityplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.smartcityplanner.engagement.domain.matching.Candidate;
import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.domain.matching.GreedyTeamMatcher;
import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.domain.matching.TeamChoice;
import org.smartcityplanner.engagement.domain.matching.TeamMatcher;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.engagement.domain.matching.TeamRules;
import org.smartcityplanner.engagement.internal.pool.CpSatTeamMatcher;

/**
 * Team proposals for 30 simultaneous engagements from a pool of 60 (issue 18): the engagements are staffed one
 * after the other, as an admin would, each proposal seeing the load the earlier ones left. For CP-SAT and the
 * greedy fallback on the same random instance: time to each proposal (wall and this thread's CPU time), teams
 * found, and the load spread (max - min engagements per consultant) with the sum of squared loads. Not a test.
 * Arguments: engagements (30), pool (60), seeds (3).
 */
public final class TeamProposalBenchmark {

	private static final String[] DIMENSIONS = { "ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV" };

	private TeamProposalBenchmark() {
	}

	public static void main(String[] args) {
		int engagements = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int poolSize = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		List<TeamMatcher> matchers = List.of(new CpSatTeamMatcher(Duration.ofSeconds(5)), new GreedyTeamMatcher());
		System.out.printf("%-4s %-7s %6s %10s %10s %10s %10s %7s %6s%n", "seed", "method", "teams", "total ms",
				"median ms", "max ms", "cpu ms", "spread", "sumsq");
		for (int seed = 1; seed <= seeds; seed++) {
			for (TeamMatcher matcher : matchers) {
				run(seed, engagements, poolSize, matcher);
			}
		}
	}

	private static void run(int seed, int engagements, int poolSize, TeamMatcher matcher) {
		Random random = new Random(seed);
		List<Candidate> pool = pool(random, poolSize);
		int[] load = new int[poolSize];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[engagements];
		long cpuStart = threads.getCurrentThreadCpuTime();
		int teams = 0;
		String name = "?";
		for (int e = 0; e < engagements; e++) {
			List<Candidate> current = new ArrayList<>();
			for (int i = 0; i < poolSize; i++) {
				Candidate c = pool.get(i);
				current.add(new Candidate(c.id(), c.rank(), c.covers(), load[i], c.cap(), c.unavailableDays(),
						c.sameRegion()));
			}
			TeamRequest request = new TeamRequest(current, needs(random), 4 + random.nextInt(3), 180);
			long started = System.nanoTime();
			TeamChoice choice = matcher.choose(request);
			millis[e] = (System.nanoTime() - started) / 1_000_000;
			name = choice.solver();
			if (choice.hasTeam()) {
				if (!TeamRules.violations(request, choice.memberIds()).isEmpty()) {
					throw new IllegalStateException(name + " answered an invalid team");
				}
				teams++;
				choice.memberIds().forEach(id -> load[(int) (id - 1)]++);
			}
		}
		long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		int max = Arrays.stream(load).max().orElse(0);
		int min = Arrays.stream(load).min().orElse(0);
		long sumSquares = Arrays.stream(load).mapToLong(l -> (long) l * l).sum();
		System.out.printf("%-4d %-7s %3d/%-2d %10d %10d %10d %10d %7d %6d%n", seed, name, teams, engagements,
				Arrays.stream(millis).sum(), sorted[sorted.length / 2], sorted[sorted.length - 1], cpu, max - min,
				sumSquares);
	}

	/** A third senior; most may run 3 engagements at once, the rest 2; a few away part of the period. */
	private static List<Candidate> pool(Random random, int size) {
		List<Candidate> pool = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			Set<Need> covers = new HashSet<>();
			covers.add(Need.dimension(DIMENSIONS[random.nextInt(DIMENSIONS.length)]));
			if (random.nextBoolean()) {
				covers.add(Need.dimension(DIMENSIONS[random.nextInt(DIMENSIONS.length)]));
			}
			int tags = 1 + random.nextInt(2);
			for (int t = 0; t < tags; t++) {
				covers.add(Need.expertise(ExpertiseTag.values()[random.nextInt(ExpertiseTag.values().length)]));
			}
			pool.add(new Candidate(i, i % 3 == 0 ? ConsultantRank.SENIOR_CONSULTANT : ConsultantRank.CONSULTANT,
					covers, 0, random.nextInt(3) == 0 ? 2 : 3, random.nextInt(8) == 0 ? random.nextInt(30) : 0,
					random.nextInt(6) == 0));
		}
		return pool;
	}

	private static Set<Need> needs(Random random) {
		Set<Need> needs = new HashSet<>();
		needs.add(Need.dimension(DIMENSIONS[random.nextInt(DIMENSIONS.length)]));
		needs.add(Need.dimension(DIMENSIONS[random.nextInt(DIMENSIONS.length)]));
		needs.add(Need.expertise(ExpertiseTag.values()[random.nextInt(ExpertiseTag.values().length)]));
		return needs;
	}
}
