package org.smartcityplanner.profile;

/**
 * Why a boundary was refused. Each problem has a message key; its arguments (coordinates, counts, sizes) come
 * with the {@link BoundaryCheck}.
 */
public enum BoundaryProblem {

	/** Nothing was given. */
	EMPTY("areas.boundary.problem.empty"),
	/** The text is longer than {@link BoundaryCheck#MAX_CHARS}. */
	TOO_LONG("areas.boundary.problem.tooLong"),
	/** Not JSON at all; arguments: line, column. */
	NOT_JSON("areas.boundary.problem.notJson"),
	/** JSON, but not a GeoJSON object JTS can read. */
	NOT_GEOJSON("areas.boundary.problem.notGeoJson"),
	/** A GeoJSON geometry that is not a polygon or multipolygon; argument: its type. */
	NOT_POLYGON("areas.boundary.problem.notPolygon"),
	/** A feature collection with more than one feature; argument: the count. */
	TOO_MANY_FEATURES("areas.boundary.problem.tooManyFeatures"),
	/** A polygon without coordinates, or a feature without geometry. */
	EMPTY_GEOMETRY("areas.boundary.problem.emptyGeometry"),
	/** More vertices than {@link BoundaryCheck#MAX_VERTICES}; argument: the count. */
	TOO_MANY_POINTS("areas.boundary.problem.tooManyPoints"),
	/** A coordinate outside Thailand's bounding box; arguments: lon, lat. */
	OUTSIDE_THAILAND("areas.boundary.problem.outsideThailand"),
	/** A ring whose first and last points differ. */
	RING_NOT_CLOSED("areas.boundary.problem.ringNotClosed"),
	/** A ring with fewer than four points; arguments: lon, lat. */
	TOO_FEW_POINTS("areas.boundary.problem.tooFewPoints"),
	/** The boundary crosses or touches itself; arguments: lon, lat of the crossing. */
	SELF_INTERSECTION("areas.boundary.problem.selfIntersection"),
	/** A hole lies outside its polygon or holes are nested; arguments: lon, lat. */
	HOLE_OUTSIDE_SHELL("areas.boundary.problem.holeOutsideShell"),
	/** Parts of a multipolygon overlap or repeat; arguments: lon, lat. */
	OVERLAPPING_PARTS("areas.boundary.problem.overlappingParts"),
	/** Any other invalid geometry; arguments: lon, lat. */
	INVALID("areas.boundary.problem.invalid"),
	/** Smaller than {@link BoundaryCheck#MIN_SQ_KM}; argument: the area in km². */
	TOO_SMALL("areas.boundary.problem.tooSmall"),
	/** Larger than {@link BoundaryCheck#MAX_SQ_KM}; argument: the area in km². */
	TOO_LARGE("areas.boundary.problem.tooLarge");

	private final String messageKey;

	BoundaryProblem(String messageKey) {
		this.messageKey = messageKey;
	}

	/** The key of the user-facing message in the message files. */
	public String messageKey() {
		return messageKey;
	}
}
