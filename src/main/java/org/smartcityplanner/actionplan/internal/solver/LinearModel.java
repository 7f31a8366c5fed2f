package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pure-integer linear model (bounded integer variables, linear rows, linear objective to maximise) that both
 * solver engines are built from, so CP-SAT and SCIP solve exactly the same formulation.
 */
final class LinearModel {

	/** No bound on that side of a row. */
	static final long NONE = Long.MIN_VALUE;

	/** A row {@code lower <= sum(coefficients * variables) <= upper}; {@link #NONE} for an open side. */
	record Row(int[] variables, long[] coefficients, long lower, long upper) {
	}

	private long[] lowerBounds = new long[64];
	private long[] upperBounds = new long[64];
	private long[] objective = new long[64];
	private boolean[] splittable = new boolean[64];
	private int variableCount;
	private final List<Row> rows = new ArrayList<>();

	int addVariable(long lower, long upper) {
		if (variableCount == lowerBounds.length) {
			lowerBounds = Arrays.copyOf(lowerBounds, variableCount * 2);
			upperBounds = Arrays.copyOf(upperBounds, variableCount * 2);
			objective = Arrays.copyOf(objective, variableCount * 2);
			splittable = Arrays.copyOf(splittable, variableCount * 2);
		}
		lowerBounds[variableCount] = lower;
		upperBounds[variableCount] = upper;
		return variableCount++;
	}

	/**
	 * Marks a money variable an engine may treat as continuous: its value only has to be integral in the final
	 * answer, which the optimiser restores afterwards with the selection fixed.
	 */
	void markSplittable(int variable) {
		splittable[variable] = true;
	}

	boolean splittable(int variable) {
		return splittable[variable];
	}

	void setObjective(int variable, long coefficient) {
		objective[variable] = coefficient;
	}

	/**
	 * Adds a row after dividing it by the greatest common divisor of its coefficients and rounding its bounds
	 * inwards: the same integer solutions, smaller numbers and a tighter relaxation. (An engine that treats
	 * splittable variables as continuous still solves a relaxation of the integer model, so its bound stays
	 * valid.)
	 */
	void addRow(List<Integer> variables, List<Long> coefficients, long lower, long upper) {
		int[] vars = new int[variables.size()];
		long[] coefs = new long[variables.size()];
		long divisor = 0;
		for (int i = 0; i < vars.length; i++) {
			vars[i] = variables.get(i);
			coefs[i] = coefficients.get(i);
			divisor = gcd(divisor, Math.abs(coefs[i]));
		}
		if (divisor > 1) {
			for (int i = 0; i < coefs.length; i++) {
				coefs[i] /= divisor;
			}
			lower = lower == NONE ? NONE : -Math.floorDiv(-lower, divisor);
			upper = upper == NONE ? NONE : Math.floorDiv(upper, divisor);
		}
		rows.add(new Row(vars, coefs, lower, upper));
	}

	int variableCount() {
		return variableCount;
	}

	long lowerBound(int variable) {
		return lowerBounds[variable];
	}

	long upperBound(int variable) {
		return upperBounds[variable];
	}

	long objective(int variable) {
		return objective[variable];
	}

	List<Row> rows() {
		return rows;
	}

	static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}
}
