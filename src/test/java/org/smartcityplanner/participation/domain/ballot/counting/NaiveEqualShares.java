package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Method of Equal Shares written straight from its definition, deliberately slow and independent of the
 * production code (its own fractions, no shortcuts): each round, for every candidate whose supporters together hold
 * at least its cost, ρ is the smallest of the values (cost − money of the t poorest supporters) / (k − t) for which
 * Σ min(budget, ρ) equals the cost exactly; the smallest ρ wins, ties by more approvals, lower cost, ballot order.
 */
final class NaiveEqualShares {

	record Fraction(BigInteger num, BigInteger den) {
		static Fraction of(long num, long den) {
			return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den)).normal();
		}

		Fraction normal() {
			BigInteger g = num.gcd(den);
			if (g.signum() == 0) {
				return new Fraction(BigInteger.ZERO, BigInteger.ONE);
			}
			BigInteger sign = BigInteger.valueOf(den.signum());
			return new Fraction(num.divide(g).multiply(sign), den.divide(g).multiply(sign));
		}

		Fraction add(Fraction o) {
			return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)).normal();
		}

		Fraction sub(Fraction o) {
			return add(new Fraction(o.num.negate(), o.den));
		}

		Fraction div(long d) {
			return new Fraction(num, den.multiply(BigInteger.valueOf(d))).normal();
		}

		int cmp(Fraction o) {
			return num.multiply(o.den).compareTo(o.num.multiply(den));
		}

		Fraction min(Fraction o) {
			return cmp(o) <= 0 ? this : o;
		}
	}

	static List<String> select(Election election) {
		List<Candidate> candidates = election.candidates();
		List<VoterBallot> ballots = election.ballots();
		int n = ballots.size();
		List<String> selected = new ArrayList<>();
		if (n == 0) {
			return selected;
		}
		Fraction[] budget = new Fraction[n];
		for (int v = 0; v < n; v++) {
			budget[v] = Fraction.of(election.budget(), n);
		}
		while (true) {
			int best = -1;
			Fraction bestRho = null;
			for (int c = 0; c < candidates.size(); c++) {
				Candidate candidate = candidates.get(c);
				if (selected.contains(candidate.id())) {
					continue;
				}
				List<Integer> supporters = supporters(ballots, candidate.id());
				Fraction rho = rho(candidate.cost(), supporters, budget);
				if (rho == null) {
					continue;
				}
				if (best < 0 || rho.cmp(bestRho) < 0 || rho.cmp(bestRho) == 0 && before(election, c, best)) {
					best = c;
					bestRho = rho;
				}
			}
			if (best < 0) {
				return selected;
			}
			selected.add(candidates.get(best).id());
			for (int v : supporters(ballots, candidates.get(best).id())) {
				budget[v] = budget[v].sub(budget[v].min(bestRho));
			}
		}
	}

	private static List<Integer> supporters(List<VoterBallot> ballots, String id) {
		List<Integer> supporters = new ArrayList<>();
		for (int v = 0; v < ballots.size(); v++) {
			if (ballots.get(v).approved().contains(id)) {
				supporters.add(v);
			}
		}
		return supporters;
	}

	private static Fraction rho(long cost, List<Integer> supporters, Fraction[] budget) {
		if (supporters.isEmpty()) {
			return null;
		}
		Fraction price = Fraction.of(cost, 1);
		Fraction best = null;
		for (int t = 0; t < supporters.size(); t++) {
			// the t poorest pay everything (any t of them: try every choice of which ones are "poorest" by value)
			Fraction poorest = Fraction.of(0, 1);
			List<Fraction> sorted = supporters.stream().map(v -> budget[v]).sorted(Fraction::cmp).toList();
			for (int i = 0; i < t; i++) {
				poorest = poorest.add(sorted.get(i));
			}
			Fraction candidate = price.sub(poorest).div(supporters.size() - t);
			Fraction paid = Fraction.of(0, 1);
			for (int v : supporters) {
				paid = paid.add(budget[v].min(candidate));
			}
			if (candidate.cmp(Fraction.of(0, 1)) >= 0 && paid.cmp(price) == 0 && (best == null || candidate.cmp(best) < 0)) {
				best = candidate;
			}
		}
		return best;
	}

	private static boolean before(Election election, int a, int b) {
		Candidate ca = election.candidates().get(a);
		Candidate cb = election.candidates().get(b);
		long approvalsA = election.ballots().stream().filter(ballot -> ballot.approved().contains(ca.id())).count();
		long approvalsB = election.ballots().stream().filter(ballot -> ballot.approved().contains(cb.id())).count();
		if (approvalsA != approvalsB) {
			return approvalsA > approvalsB;
		}
		return ca.cost() != cb.cost() ? ca.cost() < cb.cost() : a < b;
	}
}
