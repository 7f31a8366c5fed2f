package org.smartcityplanner.profile.domain;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The area of a lon/lat polygon on the WGS84 ellipsoid.
 *
 * <p>Method: every coordinate is projected with the <em>Lambert cylindrical equal-area projection of the
 * ellipsoid</em> ({@code x = a·λ}, {@code y = a·q(φ)/2}, with {@code q} the authalic function of Snyder,
 * <i>Map Projections – A Working Manual</i>, eq. 3-12), and the planar area of the projected polygon (holes
 * subtracted, parts added) is taken. The projection preserves area exactly, so the only approximation is that
 * an edge is straight in the projection rather than in lon/lat (the reading RFC 7946 gives GeoJSON edges); for
 * edges of a few kilometres this is far below 0.01 %. A cell of 0.01° × 0.01° at 16.8° N gives 1.1797 km², the
 * value of the closed-form ellipsoidal integral.
 */
public final class GeodesicArea {

	/** WGS84 semi-major axis in metres. */
	static final double A = 6_378_137.0;
	/** WGS84 flattening. */
	static final double F = 1 / 298.257223563;
	static final double E2 = F * (2 - F);
	static final double E = Math.sqrt(E2);

	private GeodesicArea() {
	}

	/** Area of a (multi)polygon whose x is longitude and y latitude in degrees, in km². */
	public static double squareKilometres(Geometry lonLat) {
		Geometry projected = lonLat.copy();
		projected.apply(new EqualAreaProjection());
		projected.geometryChanged();
		return projected.getArea() / 1_000_000.0;
	}

	/** Snyder's q(φ): twice the authalic "height" of latitude φ on a unit-radius-equator ellipsoid. */
	static double q(double latitudeRadians) {
		double sin = Math.sin(latitudeRadians);
		double esin = E * sin;
		return (1 - E2) * (sin / (1 - E2 * sin * sin) - Math.log((1 - esin) / (1 + esin)) / (2 * E));
	}

	private static final class EqualAreaProjection implements CoordinateSequenceFilter {

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			double lon = Math.toRadians(sequence.getX(i));
			double lat = Math.toRadians(sequence.getY(i));
			sequence.setOrdinate(i, CoordinateSequence.X, A * lon);
			sequence.setOrdinate(i, CoordinateSequence.Y, A * q(lat) / 2);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
