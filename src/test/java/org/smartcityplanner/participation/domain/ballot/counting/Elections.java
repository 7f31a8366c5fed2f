package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builds small elections for the counting tests: by hand from a compact notation, or at random from a seed. */
final class Elections {

	private Elections() {
	}

	/**
	 * @param budget the budget
	 * @param costs "A=10 B=10 C=20" in ballot order
	 * @param ballots each voter's approvals, e.g. "A,C", "" for none; voters are named v0, v1, …
	 */
	static Election of(long budget, String costs, String... ballots) {
		List<Candidate> candidates = new ArrayList<>();
		for (String entry : costs.trim().split("\\s+")) {
			String[] parts = entry.split("=");
			candidates.add(new Candidate(parts[0], Long.parseLong(parts[1])));
		}
		List<VoterBallot> voters = new ArrayList<>();
		for (int v = 0; v < ballots.length; v++) {
			Set<String> approved = ballots[v].isBlank() ? Set.of() : Set.of(ballots[v].split(","));
			voters.add(new VoterBallot("v" + v, approved));
		}
		return new Election(budget, candidates, voters);
	}

	/** Small elections with small whole costs, so exact ties in shares are common. */
	static Election random(Random random) {
		int candidateCount = 1 + random.nextInt(6);
		int voterCount = 1 + random.nextInt(7);
		List<Candidate> candidates = new ArrayList<>();
		long total = 0;
		for (int c = 0; c < candidateCount; c++) {
			long cost = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(12);
			candidates.add(new Candidate("p" + c, cost));
			total += cost;
		}
		List<VoterBallot> ballots = new ArrayList<>();
		for (int v = 0; v < voterCount; v++) {
			Set<String> approved = new HashSet<>();
			for (int c = 0; c < candidateCount; c++) {
				if (random.nextInt(3) == 0) {
					approved.add("p" + c);
				}
			}
			ballots.add(new VoterBallot("v" + v, approved));
		}
		long budget = random.nextInt((int) Math.max(1, total) + 1);
		return new Election(budget, candidates, ballots);
	}

	/**
	 * Elections of a few hundred voters and up to 25 candidates: enough voters paying different projects to create
	 * hundreds of money classes, and costs up to 300 so shares are fractions with many different denominators.
	 */
	static Election medium(Random random) {
		int candidateCount = 5 + random.nextInt(21);
		int voterCount = 150 + random.nextInt(251);
		List<Candidate> candidates = new ArrayList<>();
		long total = 0;
		for (int c = 0; c < candidateCount; c++) {
			long cost = 1 + random.nextInt(300);
			candidates.add(new Candidate("p" + c, cost));
			total += cost;
		}
		List<VoterBallot> ballots = new ArrayList<>();
		for (int v = 0; v < voterCount; v++) {
			Set<String> approved = new HashSet<>();
			for (int c = 0; c < candidateCount; c++) {
				if (random.nextInt(4) == 0) {
					approved.add("p" + c);
				}
			}
			ballots.add(new VoterBallot("v" + v, approved));
		}
		return new Election(total / 3 + random.nextInt((int) total), candidates, ballots);
	}

	/**
	 * Elections shaped like real participatory budgets (and the benchmark): a few projects far more popular than the
	 * rest (weights 1/rank, shuffled against cost), each voter approving 1 to 6, budget about a fifth of all costs.
	 * Many early rounds are paid in full by supporters who all keep something, later ones by poorer voters.
	 *
	 * @param voterCount how many voters
	 */
	static Election popular(Random random, int voterCount) {
		int candidateCount = 5 + random.nextInt(26);
		List<Candidate> candidates = new ArrayList<>();
		long total = 0;
		double[] cumulative = new double[candidateCount];
		double sum = 0;
		for (int c = 0; c < candidateCount; c++) {
			long cost = 1 + random.nextInt(random.nextBoolean() ? 60 : 1000);
			candidates.add(new Candidate("p" + c, cost));
			total += cost;
			sum += 1.0 / (1 + random.nextInt(candidateCount));
			cumulative[c] = sum;
		}
		List<VoterBallot> ballots = new ArrayList<>();
		for (int v = 0; v < voterCount; v++) {
			Set<String> approved = new HashSet<>();
			int wanted = 1 + random.nextInt(6);
			for (int attempt = 0; attempt < wanted; attempt++) {
				double target = random.nextDouble() * sum;
				int c = 0;
				while (cumulative[c] < target && c < candidateCount - 1) {
					c++;
				}
				approved.add("p" + c);
			}
			ballots.add(new VoterBallot("v" + v, approved));
		}
		return new Election(Math.max(1, total / 5 + random.nextInt((int) Math.max(1, total / 10))), candidates, ballots);
	}
}
