package org.smartcityplanner.audit;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A change to record.
 *
 * @param entityType e.g. {@code user}
 * @param entityId the changed item's id
 * @param action e.g. {@code created}, {@code updated}, {@code disabled}
 * @param province the province whose data changed, or {@code null} for national data
 * @param before snapshot before the change (serialised to JSON), or {@code null}
 * @param after snapshot after the change (serialised to JSON), or {@code null}
 */
public record AuditChange(String entityType, String entityId, String action, ProvinceCode province, Object before,
		Object after) {
}
