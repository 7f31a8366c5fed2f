package org.smartcityplanner.engagement;

import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An admin closed an engagement.
 *
 * @param engagementId its id
 * @param province the province it served
 * @param closedOn the closing date
 */
public record EngagementClosed(long engagementId, ProvinceCode province, LocalDate closedOn) {
}
