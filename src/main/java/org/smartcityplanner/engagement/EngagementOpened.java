package org.smartcityplanner.engagement;

import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An admin opened an engagement for a province.
 *
 * @param engagementId its id
 * @param province the province served
 * @param startDate the signing date
 * @param endDate the last day of work
 */
public record EngagementOpened(long engagementId, ProvinceCode province, LocalDate startDate, LocalDate endDate) {
}
