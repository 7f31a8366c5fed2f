package org.smartcityplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.smartcityplanner.participation.domain.ballot.counting.Candidate;
import org.smartcityplanner.participation.domain.ballot.counting.Election;
import org.smartcityplanner.participation.domain.ballot.counting.EqualSharesCount;
import org.smartcityplanner.participation.domain.ballot.counting.GreedyCount;
import org.smartcityplanner.participation.domain.ballot.counting.Outcome;
import org.smartcityplanner.participation.domain.ballot.counting.VoterBallot;

/**
 * Participatory-budgeting counting benchmark (issue 15): a seeded knapsack election of 50,000 voters and 200
 * projects (costs 0.5–50 M baht, budget 20 % of their total, each voter approving 3–10 projects within the budget,
 * a few projects far more popular than most) counted by the Method of Equal Shares with completion, next to greedy
 * counting in the same run (the baseline). Prints wall and CPU time of each of {@code ROUNDS} rounds and the MES /
 * greedy ratio. Goal: MES with completion at most 2 s on 2 cores. Run: {@code bench/pb-count.sh [voters] [projects]
 * [seed] [rounds]}. Not a test.
 */
public final class PbCountBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private PbCountBenchmark() {
	}

	public static void main(String[] args) {
		int voters = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int projects = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 15;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		Election election = generate(voters, projects, new Random(seed));
		System.out.printf(Locale.ROOT, "election: %,d voters, %d projects, budget %,d baht, %,d approvals, seed %d%n",
				voters, projects, election.budget(),
				election.ballots().stream().mapToLong(b -> b.approved().size()).sum(), seed);
		System.out.printf(Locale.ROOT, "cores available: %d; the machine is shared, wall times are noisy, CPU times"
				+ " less so%n", Runtime.getRuntime().availableProcessors());
		for (int round = 1; round <= rounds; round++) {
			long[] greedy = time(GreedyCount::count, election, "greedy", round);
			long[] mes = time(EqualSharesCount::count, election, "equal-shares+completion", round);
			System.out.printf(Locale.ROOT, "round %d: equal shares / greedy: wall x%.1f, cpu x%.1f%n", round,
					(double) mes[0] / greedy[0], (double) mes[1] / Math.max(1, greedy[1]));
		}
	}

	private static long[] time(Function<Election, Outcome> count, Election election, String name, int round) {
		long cpu = THREADS.getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		Outcome outcome = count.apply(election);
		wall = System.nanoTime() - wall;
		cpu = THREADS.getCurrentThreadCpuTime() - cpu;
		System.out.printf(Locale.ROOT, "round %d %-24s wall %8.1f ms  cpu %8.1f ms  selected %3d  spent %,d (%.1f %%)"
				+ "  per-voter %s%n", round, name, wall / 1e6, cpu / 1e6, outcome.selected().size(), outcome.spent(),
				100.0 * outcome.spent() / election.budget(), outcome.perVoterBudget());
		return new long[] {wall, cpu};
	}

	/** Costs log-uniform in 0.5–50 M baht; popularity weights 1/rank (Zipf), shuffled against cost. */
	static Election generate(int voters, int projects, Random random) {
		List<Candidate> candidates = new ArrayList<>();
		long total = 0;
		for (int p = 0; p < projects; p++) {
			long cost = Math.round(Math.exp(Math.log(500_000) + random.nextDouble() * Math.log(100)) / 1000) * 1000;
			candidates.add(new Candidate("P" + (p + 1), cost));
			total += cost;
		}
		long budget = total / 5;
		double[] cumulative = new double[projects];
		double sum = 0;
		for (int p = 0; p < projects; p++) {
			sum += 1.0 / (1 + random.nextInt(projects));
			cumulative[p] = sum;
		}
		List<VoterBallot> ballots = new ArrayList<>(voters);
		for (int v = 0; v < voters; v++) {
			int wanted = 3 + random.nextInt(8);
			Set<String> approved = new HashSet<>();
			long spent = 0;
			for (int attempt = 0; approved.size() < wanted && attempt < 50; attempt++) {
				int p = pick(cumulative, random.nextDouble() * sum);
				Candidate candidate = candidates.get(p);
				// a knapsack ballot: what a voter approves fits the budget together
				if (!approved.contains(candidate.id()) && spent + candidate.cost() <= budget) {
					approved.add(candidate.id());
					spent += candidate.cost();
				}
			}
			ballots.add(new VoterBallot("V" + (v + 1), approved));
		}
		return new Election(budget, candidates, ballots);
	}

	private static int pick(double[] cumulative, double target) {
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] < target) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
