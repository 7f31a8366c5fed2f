package org.smartcityplanner.audit;

import java.time.Instant;

/**
 * A recorded change, as shown to admins.
 *
 * @param id entry id
 * @param occurredAt when
 * @param actor the username, or {@code system}
 * @param entityType what kind of item
 * @param entityId which item
 * @param action what was done
 * @param provinceCode the province concerned, or {@code null}
 * @param before JSON before, or {@code null}
 * @param after JSON after, or {@code null}
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
		String provinceCode, String before, String after) {
}
