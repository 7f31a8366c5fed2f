package org.smartcityplanner.reports.book;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Lon/lat to pixels for a map of a few kilometres to a province: an equirectangular projection scaled by the
 * cosine of the middle latitude (good to well under 1 % at Thai latitudes over a province), north up, the
 * envelope centred in the frame with a margin.
 */
final class MapProjection {

	private static final double KM_PER_DEGREE = 111.32;

	private final Envelope envelope;
	private final double cosLat;
	private final double scale;
	private final double offsetX;
	private final double offsetY;

	MapProjection(Envelope envelope, int width, int height, int margin) {
		this.envelope = envelope;
		this.cosLat = Math.cos(Math.toRadians((envelope.getMinY() + envelope.getMaxY()) / 2));
		double spanX = Math.max(envelope.getWidth() * cosLat, 1e-6);
		double spanY = Math.max(envelope.getHeight(), 1e-6);
		this.scale = Math.min((width - 2.0 * margin) / spanX, (height - 2.0 * margin) / spanY);
		this.offsetX = (width - spanX * scale) / 2;
		this.offsetY = (height - spanY * scale) / 2;
	}

	Point2D point(Coordinate c) {
		return new Point2D.Double(offsetX + (c.x - envelope.getMinX()) * cosLat * scale,
				offsetY + (envelope.getMaxY() - c.y) * scale);
	}

	/** The polygons of a geometry (holes included) as one path. */
	Path2D path(Geometry shape) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (int p = 0; p < shape.getNumGeometries(); p++) {
			if (shape.getGeometryN(p) instanceof Polygon polygon) {
				ring(path, polygon.getExteriorRing().getCoordinates());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(path, polygon.getInteriorRingN(h).getCoordinates());
				}
			}
		}
		return path;
	}

	double pixelsPerKm() {
		return scale / KM_PER_DEGREE;
	}

	private void ring(Path2D path, Coordinate[] coordinates) {
		for (int c = 0; c < coordinates.length; c++) {
			Point2D p = point(coordinates[c]);
			if (c == 0) {
				path.moveTo(p.getX(), p.getY());
			}
			else {
				path.lineTo(p.getX(), p.getY());
			}
		}
		path.closePath();
	}
}
