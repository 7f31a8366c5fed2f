package org.smartcityplanner.monitoring.internal.project;

import java.time.Instant;

import org.smartcityplanner.monitoring.domain.project.ProgressReport;

/**
 * A progress report as kept: who reported it and when.
 *
 * @param id row id
 * @param report the report
 * @param reportedBy the reporter's sign-in name (never shown on public pages)
 * @param reportedAt when it was submitted
 */
public record StoredReport(long id, ProgressReport report, String reportedBy, Instant reportedAt) {
}
