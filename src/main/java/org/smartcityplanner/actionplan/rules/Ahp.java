package org.smartcityplanner.actionplan.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The Analytic Hierarchy Process for criterion weights: from a reciprocal matrix of pairwise judgements on
 * Saaty's 1–9 scale, the weights (principal eigenvector, by power iteration) and the consistency ratio
 * CR = CI / RI with CI = (λmax − n) / (n − 1) and Saaty's random indices. A CR above {@link #ACCEPTABLE_CR}
 * means the judgements contradict each other and should be revised.
 */
public final class Ahp {

	/** Saaty's threshold for acceptable consistency. */
	public static final double ACCEPTABLE_CR = 0.10;

	/** Saaty's random consistency index for n = 1..10. */
	private static final double[] RANDOM_INDEX = { 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };

	private Ahp() {
	}

	/**
	 * The result.
	 *
	 * @param weights one weight per criterion, summing to 1
	 * @param lambdaMax the principal eigenvalue
	 * @param consistencyRatio CR; 0 for two criteria or fewer
	 */
	public record Result(List<Double> weights, double lambdaMax, double consistencyRatio) {

		public Result {
			weights = List.copyOf(weights);
		}

		/** Whether CR is above 0.10. */
		public boolean inconsistent() {
			return consistencyRatio > ACCEPTABLE_CR;
		}
	}

	/**
	 * Builds the full reciprocal matrix from the judgements above the diagonal: {@code upper[i][j]} for j &gt; i
	 * says how much more important criterion i is than j (1/9 to 9).
	 *
	 * @throws IllegalArgumentException for a judgement outside 1/9–9
	 */
	public static double[][] reciprocal(double[][] upper) {
		int n = upper.length;
		double[][] matrix = new double[n][n];
		for (int i = 0; i < n; i++) {
			matrix[i][i] = 1;
			for (int j = i + 1; j < n; j++) {
				double judgement = upper[i][j];
				if (!(judgement >= 1.0 / 9 - 1e-9 && judgement <= 9 + 1e-9)) {
					throw new IllegalArgumentException("judgement outside 1/9..9: " + judgement);
				}
				matrix[i][j] = judgement;
				matrix[j][i] = 1 / judgement;
			}
		}
		return matrix;
	}

	/** Weights and consistency of a full reciprocal matrix (n ≤ 10). */
	public static Result weigh(double[][] matrix) {
		int n = matrix.length;
		if (n == 0 || n > RANDOM_INDEX.length) {
			throw new IllegalArgumentException("AHP needs 1 to 10 criteria, got " + n);
		}
		double[] vector = new double[n];
		java.util.Arrays.fill(vector, 1.0 / n);
		for (int iteration = 0; iteration < 1000; iteration++) {
			double[] next = normalised(multiply(matrix, vector));
			double change = 0;
			for (int i = 0; i < n; i++) {
				change = Math.max(change, Math.abs(next[i] - vector[i]));
			}
			vector = next;
			if (change < 1e-12) {
				break;
			}
		}
		double[] product = multiply(matrix, vector);
		double lambda = 0;
		for (int i = 0; i < n; i++) {
			lambda += product[i] / vector[i];
		}
		lambda /= n;
		double cr = n <= 2 ? 0 : ((lambda - n) / (n - 1)) / RANDOM_INDEX[n - 1];
		List<Double> weights = new ArrayList<>();
		for (double weight : vector) {
			weights.add(weight);
		}
		return new Result(weights, lambda, Math.max(0, cr));
	}

	private static double[] multiply(double[][] matrix, double[] vector) {
		double[] result = new double[vector.length];
		for (int i = 0; i < vector.length; i++) {
			for (int j = 0; j < vector.length; j++) {
				result[i] += matrix[i][j] * vector[j];
			}
		}
		return result;
	}

	private static double[] normalised(double[] vector) {
		double sum = 0;
		for (double value : vector) {
			sum += value;
		}
		double[] result = new double[vector.length];
		for (int i = 0; i < vector.length; i++) {
			result[i] = vector[i] / sum;
		}
		return result;
	}
}
