package org.smartcityplanner.profile;

import java.math.BigDecimal;

/**
 * A baseline to add, or the new values of one to change.
 *
 * @param indicatorCode a code of the indicator library
 * @param areaId a target area of the province, or {@code null} for the whole province
 * @param year Buddhist Era year, 2500–2700
 * @param value at most 16 digits before and 4 after the decimal point
 * @param source where the figure comes from, at most 500 characters
 * @param note optional, at most 1,000 characters
 */
public record BaselineDraft(String indicatorCode, Long areaId, int year, BigDecimal value, String source,
		String note) {
}
