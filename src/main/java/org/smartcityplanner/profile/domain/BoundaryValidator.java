package org.smartcityplanner.profile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.BoundaryProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a target-area boundary given as GeoJSON text: a bare Polygon or MultiPolygon, a Feature with one, or
 * a FeatureCollection with exactly one such feature. Accepted boundaries are valid (no self-intersections),
 * lie inside Thailand's bounding box and have a plausible size; they come back as the bare geometry, rounded
 * to 7 decimals (about 1 cm), with their area.
 *
 * <p>The order of the checks matters for the message the user sees: a file with latitude and longitude swapped
 * is reported as lying outside Thailand, not as some topology error.
 */
public final class BoundaryValidator {

	/** Thailand's bounding box, lon 97.3–105.7, lat 5.6–20.5, with a little slack for coastal islands. */
	public static final Envelope THAILAND = new Envelope(97.3, 105.7, 5.6, 20.5);

	private static final int DECIMALS = 7;
	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	/** Checks {@code text}; never throws for bad input. */
	public BoundaryCheck check(String text) {
		if (text == null || text.isBlank()) {
			return BoundaryCheck.refused(BoundaryProblem.EMPTY);
		}
		String json = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
		if (json.length() > BoundaryCheck.MAX_CHARS) {
			return BoundaryCheck.refused(BoundaryProblem.TOO_LONG);
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(json);
		}
		catch (JacksonException e) {
			int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
			int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
			return BoundaryCheck.refused(BoundaryProblem.NOT_JSON, String.valueOf(line), String.valueOf(column));
		}
		BoundaryCheck shape = checkShape(root);
		if (shape != null) {
			return shape;
		}
		Geometry geometry;
		try {
			geometry = new GeoJsonReader(FACTORY).read(json);
		}
		catch (ParseException | RuntimeException e) {
			StringBuilder messages = new StringBuilder();
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append(' ');
			}
			String message = messages.toString().toLowerCase(Locale.ROOT);
			return BoundaryCheck.refused(message.contains("closed") ? BoundaryProblem.RING_NOT_CLOSED
					: message.contains("at least 4") || message.contains("invalid number of points")
							? BoundaryProblem.TOO_FEW_POINTS : BoundaryProblem.NOT_GEOJSON);
		}
		return checkGeometry(unwrap(geometry));
	}

	/** Refuses JSON that is not one polygonal GeoJSON object before JTS reads it; null when fine so far. */
	private static BoundaryCheck checkShape(JsonNode root) {
		if (root == null || !root.isObject() || !root.path("type").isString()) {
			return BoundaryCheck.refused(BoundaryProblem.NOT_GEOJSON);
		}
		String type = root.path("type").asString();
		switch (type) {
			case "Polygon", "MultiPolygon":
				return root.path("coordinates").isArray() ? null : BoundaryCheck.refused(BoundaryProblem.NOT_GEOJSON);
			case "Feature":
				JsonNode geometry = root.path("geometry");
				return geometry.isNull() || geometry.isMissingNode()
						? BoundaryCheck.refused(BoundaryProblem.EMPTY_GEOMETRY) : checkShape(geometry);
			case "FeatureCollection":
				JsonNode features = root.path("features");
				if (!features.isArray()) {
					return BoundaryCheck.refused(BoundaryProblem.NOT_GEOJSON);
				}
				if (features.isEmpty()) {
					return BoundaryCheck.refused(BoundaryProblem.EMPTY_GEOMETRY);
				}
				if (features.size() > 1) {
					return BoundaryCheck.refused(BoundaryProblem.TOO_MANY_FEATURES, String.valueOf(features.size()));
				}
				return checkShape(features.get(0));
			case "Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection":
				return BoundaryCheck.refused(BoundaryProblem.NOT_POLYGON, type);
			default:
				return BoundaryCheck.refused(BoundaryProblem.NOT_GEOJSON);
		}
	}

	/** A FeatureCollection reads as a collection of its features' geometries; ours has exactly one. */
	private static Geometry unwrap(Geometry geometry) {
		if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPolygon)
				&& collection.getNumGeometries() == 1) {
			return collection.getGeometryN(0);
		}
		return geometry;
	}

	private static BoundaryCheck checkGeometry(Geometry geometry) {
		if (geometry == null) {
			return BoundaryCheck.refused(BoundaryProblem.EMPTY_GEOMETRY);
		}
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
			return BoundaryCheck.refused(BoundaryProblem.NOT_POLYGON, geometry.getGeometryType());
		}
		if (geometry.isEmpty()) {
			return BoundaryCheck.refused(BoundaryProblem.EMPTY_GEOMETRY);
		}
		int vertices = geometry.getNumPoints();
		if (vertices > BoundaryCheck.MAX_VERTICES) {
			return BoundaryCheck.refused(BoundaryProblem.TOO_MANY_POINTS, String.valueOf(vertices));
		}
		for (Coordinate c : geometry.getCoordinates()) {
			if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
				return BoundaryCheck.refused(BoundaryProblem.INVALID, "?", "?");
			}
			if (!THAILAND.contains(c.x, c.y)) {
				return BoundaryCheck.refused(BoundaryProblem.OUTSIDE_THAILAND, degrees(c.x), degrees(c.y));
			}
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			String lon = at == null ? "?" : degrees(at.x);
			String lat = at == null ? "?" : degrees(at.y);
			return BoundaryCheck.refused(problemOf(error), lon, lat);
		}
		BigDecimal area = BigDecimal.valueOf(GeodesicArea.squareKilometres(geometry)).setScale(3,
				RoundingMode.HALF_UP);
		if (area.compareTo(BoundaryCheck.MIN_SQ_KM) < 0) {
			return BoundaryCheck.refused(BoundaryProblem.TOO_SMALL,
					BigDecimal.valueOf(GeodesicArea.squareKilometres(geometry) * 1_000_000)
						.setScale(0, RoundingMode.HALF_UP).toPlainString());
		}
		if (area.compareTo(BoundaryCheck.MAX_SQ_KM) > 0) {
			return BoundaryCheck.refused(BoundaryProblem.TOO_LARGE, area.setScale(0, RoundingMode.HALF_UP).toPlainString());
		}
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		writer.setForceCCW(true);
		return BoundaryCheck.accepted(writer.write(geometry), area, vertices);
	}

	private static BoundaryProblem problemOf(TopologyValidationError error) {
		return switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
				BoundaryProblem.SELF_INTERSECTION;
			case TopologyValidationError.HOLE_OUTSIDE_SHELL, TopologyValidationError.NESTED_HOLES,
					TopologyValidationError.DISCONNECTED_INTERIOR -> BoundaryProblem.HOLE_OUTSIDE_SHELL;
			case TopologyValidationError.NESTED_SHELLS, TopologyValidationError.DUPLICATE_RINGS ->
				BoundaryProblem.OVERLAPPING_PARTS;
			case TopologyValidationError.TOO_FEW_POINTS -> BoundaryProblem.TOO_FEW_POINTS;
			case TopologyValidationError.RING_NOT_CLOSED -> BoundaryProblem.RING_NOT_CLOSED;
			default -> BoundaryProblem.INVALID;
		};
	}

	private static String degrees(double value) {
		return String.format(Locale.ROOT, "%.5f", value);
	}
}
