package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pure-integer linear model (bounded integer variables, linear rows, linear objective to maximise) that both
 * solver engines are built from, so CP-SAT and SCIP solve exactly the same formulation.
 * <p>
 * The numbers are exact (money in whole units of the problem, often single satang). Engines that work in floating
 * point ({@link MpModel}: SCIP, GLOP) see the same model in scaled units instead: money variables divided by
 * {@link #moneyScale()} and every money row divided by its {@link Row#floatingDivisor()}, so a project's cost is a
 * few thousand next to its 0/1 selection rather than ten digits of satang, which floating-point tolerances and
 * the search's bound cannot live with. Their answers are restored to exact whole units afterwards.
 */
final class LinearModel {

	/** No bound on that side of a row. */
	static final long NONE = Long.MIN_VALUE;

	/** What a row's numbers measure, which decides how a floating-point engine scales it. */
	enum Measure {
		/** Counts of projects (selection rows, groups, dependencies, minimum counts): not scaled. */
		COUNT,
		/** Money in units: divided by the money scale. */
		MONEY,
		/** Money times basis points (minimum budget shares): divided by the money scale and 10,000. */
		MONEY_SHARE
	}

	/**
	 * A row {@code lower <= sum(coefficients * variables) <= upper}; {@link #NONE} for an open side.
	 *
	 * @param floatingDivisor what a floating-point engine divides the row by (coefficients and bounds)
	 */
	record Row(int[] variables, long[] coefficients, long lower, long upper, double floatingDivisor) {
	}

	private final double moneyScale;

	/** A model whose money is not scaled for floating-point engines. */
	LinearModel() {
		this(1);
	}

	/** @param moneyScale how many model units of money one scaled unit is, for floating-point engines */
	LinearModel(double moneyScale) {
		this.moneyScale = moneyScale;
	}

	/** How many model units one floating-point unit of money is; money variables are divided by it. */
	double moneyScale() {
		return moneyScale;
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
	 * answer, which the optimiser restores afterwards with the selection fixed. Floating-point engines also scale
	 * it by {@link #moneyScale()}.
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
		addRow(variables, coefficients, lower, upper, Measure.COUNT);
	}

	/** A row as {@link #addRow(List, List, long, long)}, scaled for floating-point engines by what it measures. */
	void addRow(List<Integer> variables, List<Long> coefficients, long lower, long upper, Measure measure) {
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
		double scale = switch (measure) {
			case COUNT -> 1;
			case MONEY -> moneyScale;
			case MONEY_SHARE -> moneyScale * 10_000;
		};
		// the stored row is the original divided by the common divisor, so it needs that much less scaling
		rows.add(new Row(vars, coefs, lower, upper, measure == Measure.COUNT || divisor <= 1 ? scale : scale / divisor));
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
