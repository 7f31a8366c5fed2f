package org.smartcityplanner.participation.domain.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.random.Well19937c;

/**
 * Opinion groups by k-means++ (Hipparchus) on the projected points, k chosen among 2–5 by the best mean
 * {@link Silhouette} (the smaller k on a tie). Deterministic: a fixed seed, points in row order, and groups numbered
 * by size (largest first), then by their centre's x and y, so the same points always give the same groups.
 */
public final class Grouping {

	/** The seed of the random choices of k-means++. */
	static final long SEED = 20261210L;
	static final int MIN_GROUPS = 2;
	static final int MAX_GROUPS = 5;
	private static final int TRIALS = 10;
	private static final int MAX_ITERATIONS = 100;

	private Grouping() {
	}

	/**
	 * The chosen grouping.
	 *
	 * @param labels each point's group, 0 = the largest
	 * @param groups how many groups (0 when the points cannot be grouped)
	 * @param silhouette the mean silhouette of the chosen k
	 */
	public record Result(int[] labels, int groups, double silhouette) {
	}

	/** Groups the points; fewer than two distinct points (or three points) cannot be grouped and give no groups. */
	public static Result of(double[][] points) {
		int distinct = distinctCount(points);
		Result best = new Result(new int[points.length], 0, 0);
		for (int k = MIN_GROUPS; k <= Math.min(MAX_GROUPS, Math.min(distinct, points.length - 1)); k++) {
			int[] labels = cluster(points, k);
			if (labels == null) {
				continue;
			}
			double score = Silhouette.of(points, labels, k);
			if (best.groups() == 0 || score > best.silhouette() + 1e-9) {
				best = new Result(labels, k, score);
			}
		}
		return best;
	}

	/** The points' labels for k groups, numbered by size then centre; null when k-means++ cannot make k groups. */
	static int[] cluster(double[][] points, int k) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			rows.add(new Row(i, points[i]));
		}
		List<CentroidCluster<Row>> clusters = null;
		double bestInertia = Double.POSITIVE_INFINITY;
		// one generator for all trials: each trial starts from other seeds, and the whole run repeats exactly
		KMeansPlusPlusClusterer<Row> kMeans = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
				new EuclideanDistance(), new Well19937c(SEED));
		for (int trial = 0; trial < TRIALS; trial++) {
			try {
				List<CentroidCluster<Row>> found = kMeans.cluster(rows);
				double inertia = inertia(found);
				if (inertia < bestInertia - 1e-9) {
					bestInertia = inertia;
					clusters = new ArrayList<>(found);
				}
			}
			catch (MathRuntimeException e) {
				// too few distinct points for k centres in this trial: try the next one
			}
		}
		if (clusters == null) {
			return null;
		}
		clusters.removeIf(c -> c.getPoints().isEmpty());
		if (clusters.size() != k) {
			return null;
		}
		clusters.sort(Comparator.<CentroidCluster<Row>>comparingInt(c -> -c.getPoints().size())
			.thenComparingDouble(c -> c.getCenter().getPoint()[0])
			.thenComparingDouble(c -> c.getCenter().getPoint()[1])
			.thenComparingInt(c -> c.getPoints().stream().mapToInt(Row::index).min().orElse(0)));
		int[] labels = new int[points.length];
		for (int g = 0; g < clusters.size(); g++) {
			for (Row row : clusters.get(g).getPoints()) {
				labels[row.index()] = g;
			}
		}
		return labels;
	}

	/**
	 * The within-group sum of squared distances, k-means's own objective: Hipparchus's multi-trial clusterer ranks
	 * trials by the sum of the groups' variances instead, which prefers merging two groups next to a tiny one.
	 */
	private static double inertia(List<CentroidCluster<Row>> clusters) {
		double sum = 0;
		for (CentroidCluster<Row> cluster : clusters) {
			double[] centre = cluster.getCenter().getPoint();
			for (Row row : cluster.getPoints()) {
				double d = Silhouette.distance(centre, row.point());
				sum += d * d;
			}
		}
		return sum;
	}

	private static int distinctCount(double[][] points) {
		Set<List<Double>> distinct = new LinkedHashSet<>();
		for (double[] point : points) {
			distinct.add(Arrays.stream(point).boxed().toList());
		}
		return distinct.size();
	}

	private record Row(int index, double[] point) implements Clusterable {

		@Override
		public double[] getPoint() {
			return point;
		}
	}
}
