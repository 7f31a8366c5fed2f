package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The boundary of a whole province, drawn under its target areas on the map.
 *
 * @param geoJson the checked and normalised GeoJSON geometry (Polygon or MultiPolygon, lon/lat)
 * @param vertices number of points
 * @param areaSqKm size computed from the geometry
 * @param updatedAt when it was uploaded
 * @param updatedBy who uploaded it
 */
public record ProvinceOutline(String geoJson, int vertices, BigDecimal areaSqKm, Instant updatedAt,
		String updatedBy) {
}
