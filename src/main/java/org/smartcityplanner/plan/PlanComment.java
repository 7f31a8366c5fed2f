package org.smartcityplanner.plan;

import java.time.Instant;

/**
 * A comment on a plan item, typically by a working-group member.
 *
 * @param id comment id
 * @param itemId the goal, strategy, project or KPI it is about
 * @param author username of the writer
 * @param body the text
 * @param createdAt when written
 * @param resolved whether it has been dealt with
 * @param resolvedBy who marked it resolved, or {@code null}
 * @param resolvedAt when, or {@code null}
 */
public record PlanComment(long id, String itemId, String author, String body, Instant createdAt, boolean resolved,
		String resolvedBy, Instant resolvedAt) {
}
