package org.smartcityplanner.notification;

import java.time.Instant;

/**
 * A notification as its reader sees it.
 *
 * @param id its id
 * @param notice what was posted
 * @param postedAt when
 * @param readAt when the user marked it read, or {@code null}
 */
public record UserNotice(long id, Notice notice, Instant postedAt, Instant readAt) {

	/** Whether the user has not read it yet. */
	public boolean unread() {
		return readAt == null;
	}
}
