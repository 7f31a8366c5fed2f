package org.smartcityplanner.profile;

/**
 * A target area's boundary, for maps.
 *
 * @param area the area without its boundary
 * @param geoJson the geometry (Polygon or MultiPolygon) as GeoJSON text in lon/lat (WGS84)
 */
public record AreaBoundary(TargetAreaView area, String geoJson) {
}
