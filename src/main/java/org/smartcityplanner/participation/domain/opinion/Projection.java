package org.smartcityplanner.participation.domain.opinion;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The participants placed in two dimensions by a principal component analysis of the vote matrix: columns centred
 * on their means, the singular value decomposition (Hipparchus) gives the two directions of most variation, and each
 * participant's row is projected on them. As in Pol.is, a participant who saw few statements is pushed outwards by
 * √(statements / votes), since their unseen zeros would otherwise draw them to the centre. Each direction's sign is
 * fixed (its largest loading positive) so the same votes always draw the same picture, not its mirror image.
 */
public final class Projection {

	private Projection() {
	}

	/** One point (x, y) per row of the matrix; all at the origin when there is nothing to tell apart. */
	public static double[][] of(VoteMatrix matrix) {
		int n = matrix.participants().size();
		int m = matrix.statements().size();
		double[][] points = new double[n][2];
		if (n < 2 || m == 0) {
			return points;
		}
		double[][] centred = matrix.asDoubles();
		for (int j = 0; j < m; j++) {
			double mean = 0;
			for (int i = 0; i < n; i++) {
				mean += centred[i][j];
			}
			mean /= n;
			for (int i = 0; i < n; i++) {
				centred[i][j] -= mean;
			}
		}
		RealMatrix data = MatrixUtils.createRealMatrix(centred);
		SingularValueDecomposition svd = new SingularValueDecomposition(data);
		RealMatrix loadings = svd.getV();
		double[] singular = svd.getSingularValues();
		int components = Math.min(2, loadings.getColumnDimension());
		for (int c = 0; c < components; c++) {
			if (singular[c] <= 1e-12) {
				// no variation left in this direction: every participant sits at 0 on it
				continue;
			}
			double[] direction = oriented(loadings.getColumn(c));
			for (int i = 0; i < n; i++) {
				double score = 0;
				for (int j = 0; j < m; j++) {
					score += centred[i][j] * direction[j];
				}
				points[i][c] = score * Math.sqrt((double) m / Math.max(1, matrix.votesOf(i)));
			}
		}
		return points;
	}

	private static double[] oriented(double[] direction) {
		int largest = 0;
		for (int j = 1; j < direction.length; j++) {
			// a small tolerance so rounding noise between equal loadings cannot flip the choice
			if (Math.abs(direction[j]) > Math.abs(direction[largest]) + 1e-9) {
				largest = j;
			}
		}
		if (direction[largest] < 0) {
			for (int j = 0; j < direction.length; j++) {
				direction[j] = -direction[j];
			}
		}
		return direction;
	}
}
