package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.shared.LocalizedText;

/**
 * What a user enters about a target area.
 *
 * @param name Thai and English name
 * @param type kind of area
 * @param cityType new city or liveable (existing) city, or {@code null} when not decided yet
 * @param population residents, or {@code null}
 * @param areaSqKm size typed in, used only while the area has no boundary (a boundary's computed size wins)
 * @param positioning the city positioning statement, or empty
 * @param leadDimensions codes of 1–3 lead smart dimensions (reference list SMART_DIMENSION), in order
 * @param boundary what to do with the boundary
 */
public record AreaDetails(LocalizedText name, AreaType type, CityType cityType, Integer population, BigDecimal areaSqKm,
		String positioning, List<String> leadDimensions, BoundaryChange boundary) {

	/** Longest positioning statement accepted. */
	public static final int MAX_POSITIONING = 1000;
	/** At most this many lead dimensions. */
	public static final int MAX_LEAD_DIMENSIONS = 3;

	public AreaDetails {
		leadDimensions = List.copyOf(leadDimensions);
		positioning = positioning == null ? "" : positioning.strip();
		boundary = boundary == null ? BoundaryChange.KEEP : boundary;
	}

	/**
	 * Keep, remove or replace the boundary.
	 *
	 * @param action what to do
	 * @param geoJson the new boundary for {@link Action#REPLACE}
	 */
	public record BoundaryChange(Action action, String geoJson) {

		public static final BoundaryChange KEEP = new BoundaryChange(Action.KEEP, null);
		public static final BoundaryChange REMOVE = new BoundaryChange(Action.REMOVE, null);

		public static BoundaryChange replaceWith(String geoJson) {
			return new BoundaryChange(Action.REPLACE, geoJson);
		}

		/** The three things that can happen to a boundary. */
		public enum Action {
			KEEP, REMOVE, REPLACE
		}
	}
}
