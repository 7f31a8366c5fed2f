package org.smartcityplanner.participation.domain.opinion;

/**
 * The mean silhouette of a clustering (Rousseeuw 1987), written here because Hipparchus offers none: for each point,
 * a = mean distance to the other points of its group, b = the smallest mean distance to another group's points,
 * s = (b − a) / max(a, b), and 0 for a point alone in its group. Near 1: tight, well separated groups.
 */
public final class Silhouette {

	private Silhouette() {
	}

	/**
	 * The mean silhouette of the points with these group labels (0 … groups − 1), Euclidean distances.
	 *
	 * @return a value in [−1, 1]; 0 when there are fewer than two groups
	 */
	public static double of(double[][] points, int[] labels, int groups) {
		if (groups < 2 || points.length == 0) {
			return 0;
		}
		double total = 0;
		for (int i = 0; i < points.length; i++) {
			double[] sums = new double[groups];
			int[] sizes = new int[groups];
			for (int j = 0; j < points.length; j++) {
				if (i != j) {
					sums[labels[j]] += distance(points[i], points[j]);
					sizes[labels[j]]++;
				}
			}
			int own = labels[i];
			if (sizes[own] == 0) {
				continue;
			}
			double a = sums[own] / sizes[own];
			double b = Double.POSITIVE_INFINITY;
			for (int g = 0; g < groups; g++) {
				if (g != own && sizes[g] > 0) {
					b = Math.min(b, sums[g] / sizes[g]);
				}
			}
			double spread = Math.max(a, b);
			total += spread == 0 || Double.isInfinite(b) ? 0 : (b - a) / spread;
		}
		return total / points.length;
	}

	static double distance(double[] p, double[] q) {
		double sum = 0;
		for (int d = 0; d < p.length; d++) {
			sum += (p[d] - q[d]) * (p[d] - q[d]);
		}
		return Math.sqrt(sum);
	}
}
