package org.smartcityplanner.monitoring.internal.kpi;

/**
 * Who reports a KPI.
 *
 * @param kpiId the plan's KPI item id
 * @param agency the responsible agency, as the plan's readers know it
 * @param userId the account that reports for it
 * @param version optimistic-locking version
 */
public record KpiOwner(String kpiId, String agency, long userId, int version) {
}
