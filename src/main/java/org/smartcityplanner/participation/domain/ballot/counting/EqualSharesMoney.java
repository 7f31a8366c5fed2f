package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The voters' money in one Equal Shares run. A voter who once paid all they had holds 0; any other holds
 * budget/n minus the ρ of every project they paid in full. So each amount, and each sum of amounts, is exact from a
 * few integer counts and the exact ρ values, without a fraction per voter. A double per voter is kept as a guess.
 *
 * <p>Voters who paid in full for the same projects (and never paid all they had) hold the same money, so voters are
 * grouped into money classes: a class is created when a purchase moves the supporters of one class on (they all pay
 * the same ρ), and its exact amount is computed once for the whole class instead of once per voter.
 */
final class EqualSharesMoney {

	/** Doubles trusted only this far apart, relative to the amounts: their rounding error is ~1e-13 of them. */
	private static final double RELATIVE_MARGIN = 1e-7;

	private final CountingIndex index;
	private final Rational perVoter;
	private final double perVoterGuess;
	private final boolean[] empty;
	private boolean[] paidInFull;
	private final double[] guess;
	/** ρ of each bought project by its place in the order of buying; -1 for projects not bought. */
	private final int[] boughtAt;
	private final List<Rational> rhos = new ArrayList<>();
	private final long[] counts;
	/**
	 * The share budget/n and every ρ as numerators over one common denominator, so a sum of amounts needs only
	 * integer products and one reduction at the end, not a reduced fraction per term.
	 */
	private BigInteger commonDenominator;
	private BigInteger perVoterScaled;
	private final List<BigInteger> rhosScaled = new ArrayList<>();
	/** Each voter's money class; class 0 holds nothing, class 1 the untouched share budget/n. */
	private int[] voterClass;
	/** Each class's exact money, worked out only when asked (most never are), from its parent class and ρ. */
	private Rational[] classMoney = new Rational[1024];
	private int[] classParent = new int[1024];
	private Rational[] classPaid = new Rational[1024];
	/** The double of each class's ρ as subtracted from its parent's guess, so a restored guess is the same double. */
	private double[] classPaidGuess = new double[1024];
	private int classCount;
	private double[] classGuess = new double[1024];
	/** Per class, the class its supporters move to in the current purchase (valid when stamped with it). */
	private int[] movedTo = new int[1024];
	private int[] movedStamp = new int[1024];
	private int purchase;

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
		this.commonDenominator = perVoter.denominator();
		this.perVoterScaled = perVoter.numerator();
		this.voterClass = new int[index.voterCount];
		Arrays.fill(voterClass, 1);
		addClass(0, null, 0, 0);
		addClass(1, null, 0, perVoterGuess);
		classMoney[0] = Rational.ZERO;
		classMoney[1] = perVoter;
	}

	/**
	 * The money after the rounds of a {@link EqualSharesPrefix}, at this (larger or equal) share: the same classes
	 * and payments, each amount worked out from the new share. Exact, because in those rounds nobody paid all they
	 * had, so every voter holds the share minus the ρ values they paid, whatever the share.
	 *
	 * @param prefix the rounds already decided; their purchases are replayed in order
	 */
	EqualSharesMoney(CountingIndex index, Rational perVoter, EqualSharesPrefix prefix) {
		this(index, perVoter);
		Snapshot snapshot = prefix.money();
		if (snapshot == null) {
			return;
		}
		for (int k = 0; k < prefix.rounds(); k++) {
			bought(prefix.candidate(k), prefix.rho(k));
		}
		voterClass = snapshot.voterClass().clone();
		paidInFull = snapshot.paidInFull().clone();
		classCount = snapshot.classCount();
		int capacity = Math.max(classGuess.length, Integer.highestOneBit(classCount) * 2);
		classGuess = new double[capacity];
		classMoney = new Rational[capacity];
		movedTo = new int[capacity];
		movedStamp = new int[capacity];
		classParent = Arrays.copyOf(snapshot.classParent(), capacity);
		classPaid = Arrays.copyOf(snapshot.classPaid(), capacity);
		classPaidGuess = Arrays.copyOf(snapshot.classPaidGuess(), capacity);
		classMoney[0] = Rational.ZERO;
		classMoney[1] = perVoter;
		classGuess[1] = perVoterGuess;
		// parents are always created before their children: the same subtraction pay() did, so the same doubles
		for (int id = 2; id < classCount; id++) {
			classGuess[id] = classGuess[classParent[id]] - classPaidGuess[id];
		}
		for (int v = 0; v < voterClass.length; v++) {
			guess[v] = classGuess[voterClass[v]];
		}
	}

	/** The class structure that does not depend on the share: which voters paid which ρ in full. */
	record Snapshot(int[] voterClass, boolean[] paidInFull, int classCount, int[] classParent, Rational[] classPaid,
			double[] classPaidGuess) {
	}

	/** A copy of the classes now, for {@link EqualSharesPrefix}; valid only while no voter has been emptied. */
	Snapshot snapshot() {
		return new Snapshot(voterClass.clone(), paidInFull.clone(), classCount, Arrays.copyOf(classParent, classCount),
				Arrays.copyOf(classPaid, classCount), Arrays.copyOf(classPaidGuess, classCount));
	}

	private int addClass(int parent, Rational paid, double paidGuess, double amountGuess) {
		int id = classCount++;
		if (id == classGuess.length) {
			classGuess = Arrays.copyOf(classGuess, id * 2);
			classParent = Arrays.copyOf(classParent, id * 2);
			classMoney = Arrays.copyOf(classMoney, id * 2);
			classPaid = Arrays.copyOf(classPaid, id * 2);
			classPaidGuess = Arrays.copyOf(classPaidGuess, id * 2);
			movedTo = Arrays.copyOf(movedTo, id * 2);
			movedStamp = Arrays.copyOf(movedStamp, id * 2);
		}
		classParent[id] = parent;
		classPaid[id] = paid;
		classPaidGuess[id] = paidGuess;
		classGuess[id] = amountGuess;
		return id;
	}

	double guess(int voter) {
		return guess[voter];
	}

	double margin(double amount) {
		return RELATIVE_MARGIN * (perVoterGuess + Math.abs(amount));
	}

	Rational exact(int voter) {
		return classMoney(voterClass[voter]);
	}

	int classOf(int voter) {
		return voterClass[voter];
	}

	/** Whether the voter holds more than nothing: any class but the empty one, unless every share is 0. */
	boolean holdsMoney(int voter) {
		int id = voterClass[voter];
		return id > 1 || id == 1 && perVoter.signum() > 0;
	}

	Rational classMoney(int id) {
		Rational known = classMoney[id];
		if (known == null) {
			known = classMoney(classParent[id]).minus(classPaid[id]);
			classMoney[id] = known;
		}
		return known;
	}

	/** The exact money of the first {@code count} voters listed. */
	Rational sum(int[] voters, int count) {
		return Rational.of(scaledSum(voters, count), commonDenominator);
	}

	/**
	 * What the first {@code count} voters listed could not pay of {@code cost} if they had to share it equally
	 * among {@code payers} after paying all they have: (cost − their money) / payers, exactly, reduced once (the
	 * money's common denominator is large, and each reduction costs a gcd of it).
	 */
	Rational shareOfTheRest(long cost, int[] voters, int count, long payers) {
		BigInteger rest = BigInteger.valueOf(cost).multiply(commonDenominator).subtract(scaledSum(voters, count));
		return Rational.of(rest, commonDenominator.multiply(BigInteger.valueOf(payers)));
	}

	/** Whether the voters listed hold less than {@code cost} together, exactly, without reducing a fraction. */
	boolean holdLessThan(int[] voters, long cost) {
		return scaledSum(voters, voters.length).compareTo(BigInteger.valueOf(cost).multiply(commonDenominator)) < 0;
	}

	/** The voters' money as a numerator over the common denominator. */
	private BigInteger scaledSum(int[] voters, int count) {
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
		BigInteger total = perVoterScaled.multiply(BigInteger.valueOf(holders));
		for (int k = 0; k < rhos.size(); k++) {
			if (counts[k] > 0) {
				total = total.subtract(rhosScaled.get(k).multiply(BigInteger.valueOf(counts[k])));
			}
		}
		return total;
	}

	/** Whether every one of the voters holds more than {@code amount}, exactly (doubles decide only when clear). */
	boolean allHoldMoreThan(int[] voters, Rational amount) {
		double amountGuess = amount.approximate();
		double margin = margin(amountGuess);
		for (int voter : voters) {
			double held = guess[voter];
			if (held < amountGuess - margin || held <= amountGuess + margin && exact(voter).compareTo(amount) <= 0) {
				return false;
			}
		}
		return true;
	}

	void empty(int voter) {
		empty[voter] = true;
		guess[voter] = 0;
		voterClass[voter] = 0;
	}

	/**
	 * The voter pays ρ (of the candidate {@link #bought} last) and keeps the rest.
	 *
	 * @param slot where that candidate sits among all approvals ({@link CountingIndex#supporterSlots})
	 */
	void pay(int voter, int slot, double rhoGuess) {
		paidInFull[slot] = true;
		int from = voterClass[voter];
		if (movedStamp[from] != purchase) {
			// the same double arithmetic a per-voter guess would do, so guesses do not depend on grouping
			int created = addClass(from, rhos.get(rhos.size() - 1), rhoGuess, classGuess[from] - rhoGuess); // may grow movedTo: assign after
			movedTo[from] = created;
			movedStamp[from] = purchase;
		}
		voterClass[voter] = movedTo[from];
		guess[voter] = classGuess[movedTo[from]];
	}

	void bought(int candidate, Rational rho) {
		purchase++;
		boughtAt[candidate] = rhos.size();
		rhos.add(rho);
		BigInteger gcd = commonDenominator.gcd(rho.denominator());
		BigInteger widen = rho.denominator().divide(gcd);
		if (!widen.equals(BigInteger.ONE)) {
			commonDenominator = commonDenominator.multiply(widen);
			perVoterScaled = perVoterScaled.multiply(widen);
			rhosScaled.replaceAll(scaled -> scaled.multiply(widen));
		}
		rhosScaled.add(rho.numerator().multiply(commonDenominator.divide(rho.denominator())));
	}
}
