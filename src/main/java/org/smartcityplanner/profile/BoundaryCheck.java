package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of checking a GeoJSON boundary: either the normalised geometry with its size, or the problem.
 *
 * @param geoJson the geometry alone as GeoJSON (no feature, no properties, 7 decimals), or {@code null} when
 * refused
 * @param areaSqKm size in km² on the WGS84 ellipsoid, 3 decimals, or {@code null} when refused
 * @param vertices number of coordinates, or 0 when refused
 * @param problem why it was refused, or {@code null} when accepted
 * @param problemArgs the message arguments of the problem, already formatted (coordinates, counts)
 */
public record BoundaryCheck(String geoJson, BigDecimal areaSqKm, int vertices, BoundaryProblem problem,
		List<String> problemArgs) {

	/** Upper limit for an uploaded file or pasted text, in bytes and characters: 2 MB. */
	public static final int MAX_CHARS = 2 * 1024 * 1024;
	/** More points than this is not a target area drawn by a person. */
	public static final int MAX_VERTICES = 100_000;
	/** 1 ha: smaller is surely a mistake (e.g. metres read as degrees). */
	public static final BigDecimal MIN_SQ_KM = new BigDecimal("0.01");
	/** Larger than the largest province (Nakhon Ratchasima, about 20,500 km²). */
	public static final BigDecimal MAX_SQ_KM = new BigDecimal("25000");

	public BoundaryCheck {
		problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
	}

	/** An accepted boundary. */
	public static BoundaryCheck accepted(String geoJson, BigDecimal areaSqKm, int vertices) {
		return new BoundaryCheck(geoJson, areaSqKm, vertices, null, List.of());
	}

	/** A refused boundary. */
	public static BoundaryCheck refused(BoundaryProblem problem, String... args) {
		return new BoundaryCheck(null, null, 0, problem, List.of(args));
	}

	public boolean isValid() {
		return problem == null;
	}
}
