package org.smartcityplanner.actionplan;

/**
 * A floor the portfolio must reach for one smart dimension or target area.
 *
 * @param id row id
 * @param scope {@code DIMENSION} or {@code AREA}
 * @param code dimension code or target area id
 * @param minCount least number of funded projects
 * @param minSharePercent least share (0–100 %) of the funded total
 */
public record MinimumRule(long id, String scope, String code, int minCount, int minSharePercent) {
}
