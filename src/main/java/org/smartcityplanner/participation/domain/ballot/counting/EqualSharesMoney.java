package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The voters' money in one Equal Shares run. A voter who once paid all they had holds 0; any other holds
 * budget/n minus the ρ of every project they paid in full. So each amount, and each sum of amounts, is exact from a
 * few integer counts and the exact ρ values, without a fraction per voter. A double per voter is kept as a guess.
 */
final class EqualSharesMoney {

	/** Doubles trusted only this far apart, relative to the amounts: their rounding error is ~1e-13 of them. */
	private static final double RELATIVE_MARGIN = 1e-7;

	private final CountingIndex index;
	private final Rational perVoter;
	private final double perVoterGuess;
	private final boolean[] empty;
	private final boolean[] paidInFull;
	private final double[] guess;
	/** ρ of each bought project by its place in the order of buying; -1 for projects not bought. */
	private final int[] boughtAt;
	private final List<Rational> rhos = new ArrayList<>();
	private final long[] counts;

	EqualSharesMoney(CountingIndex index, Rational perVoter) {
		this.index = index;
		this.perVoter = perVoter;
		this.perVoterGuess = perVoter.approximate();
		this.empty = new boolean[index.voterCount];
		this.paidInFull = new boolean[index.approvalCount];
		this.guess = new double[index.voterCount];
		Arrays.fill(guess, perVoterGuess);
		this.boughtAt = new int[index.candidateCount];
		Arrays.fill(boughtAt, -1);
		this.counts = new long[index.candidateCount];
	}

	double guess(int voter) {
		return guess[voter];
	}

	double margin(double amount) {
		return RELATIVE_MARGIN * (perVoterGuess + Math.abs(amount));
	}

	Rational exact(int voter) {
		if (empty[voter]) {
			return Rational.ZERO;
		}
		Rational amount = perVoter;
		int[] approved = index.approvedByVoter[voter];
		for (int j = 0; j < approved.length; j++) {
			if (paidInFull[index.approvalOffset[voter] + j]) {
				amount = amount.minus(rhos.get(boughtAt[approved[j]]));
			}
		}
		return amount;
	}

	/** The exact money of the first {@code count} voters listed. */
	Rational sum(int[] voters, int count) {
		Arrays.fill(counts, 0, rhos.size(), 0);
		long holders = 0;
		for (int i = 0; i < count; i++) {
			int voter = voters[i];
			if (empty[voter]) {
				continue;
			}
			holders++;
			int[] approved = index.approvedByVoter[voter];
			int offset = index.approvalOffset[voter];
			for (int j = 0; j < approved.length; j++) {
				if (paidInFull[offset + j]) {
					counts[boughtAt[approved[j]]]++;
				}
			}
		}
		Rational total = perVoter.times(holders);
		for (int k = 0; k < rhos.size(); k++) {
			if (counts[k] > 0) {
				total = total.minus(rhos.get(k).times(counts[k]));
			}
		}
		return total;
	}

	void empty(int voter) {
		empty[voter] = true;
		guess[voter] = 0;
	}

	/** The voter pays ρ for the candidate and keeps the rest (the candidate must be {@link #bought} first). */
	void pay(int voter, int candidate, Rational rho, double rhoGuess) {
		int position = Arrays.binarySearch(index.approvedByVoter[voter], candidate);
		paidInFull[index.approvalOffset[voter] + position] = true;
		guess[voter] -= rhoGuess;
	}

	void bought(int candidate, Rational rho) {
		boughtAt[candidate] = rhos.size();
		rhos.add(rho);
	}
}
