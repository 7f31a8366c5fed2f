package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A smart-city target area of a province, without its boundary (see {@link AreaBoundary}).
 *
 * @param id area id, stable
 * @param province the province it lies in
 * @param name Thai and English name
 * @param type what kind of area it is
 * @param cityType new city or liveable (existing) city, {@code null} when not decided yet
 * @param population residents, may be {@code null} when unknown
 * @param areaSqKm size in km², computed from the boundary when there is one; may be {@code null} when unknown
 * @param positioning the city positioning statement, empty when not written yet
 * @param leadDimensions codes of the lead smart dimensions (reference list SMART_DIMENSION), in order
 * @param hasBoundary whether a boundary has been drawn or uploaded
 * @param version for optimistic locking
 */
public record TargetAreaView(long id, ProvinceCode province, LocalizedText name, AreaType type,
		CityType cityType, Integer population,
		BigDecimal areaSqKm, String positioning, List<String> leadDimensions, boolean hasBoundary, int version) {

	public TargetAreaView {
		leadDimensions = leadDimensions == null ? List.of() : List.copyOf(leadDimensions);
		positioning = positioning == null ? "" : positioning;
	}
}
