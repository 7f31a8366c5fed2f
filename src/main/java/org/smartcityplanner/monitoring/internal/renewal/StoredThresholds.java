package org.smartcityplanner.monitoring.internal.renewal;

import java.time.Instant;

import org.smartcityplanner.monitoring.domain.renewal.Thresholds;

/**
 * The renewal thresholds as kept, with their version for editing.
 *
 * @param thresholds the figures
 * @param version sent back with an edit, so a save over someone else's is refused
 * @param updatedBy who last changed them
 * @param updatedAt when
 */
public record StoredThresholds(Thresholds thresholds, int version, String updatedBy, Instant updatedAt) {
}
