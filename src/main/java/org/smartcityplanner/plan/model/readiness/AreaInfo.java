package org.smartcityplanner.plan.model.readiness;

/**
 * What the readiness check needs to know about a target area from the province profile.
 *
 * @param name the area's name, shown in findings
 * @param hasBoundary whether its boundary has been drawn or imported
 * @param hasPositioning whether its positioning (what the area is to become) is written
 * @param hasCityType whether it is declared a new city or an existing city made liveable
 */
public record AreaInfo(String name, boolean hasBoundary, boolean hasPositioning, boolean hasCityType) {
}
