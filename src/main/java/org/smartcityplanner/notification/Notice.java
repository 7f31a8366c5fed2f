package org.smartcityplanner.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One in-app notification for one user, as the posting module words it.
 *
 * @param userId the account it is for
 * @param province the province it concerns, or {@code null} for the institute
 * @param key identifies the occasion, e.g. {@code engagement:12:deliverable:40:due7}; a second post with the same
 *     key for the same user is ignored, so a job that runs again (or on another node) does not repeat itself
 * @param messageKey message bundle key of the text, e.g. {@code notice.deliverable.due}
 * @param args arguments of that message (already formatted: names, B.E. dates)
 * @param link where the user acts on it, an application path such as {@code /provinces/TH-50/engagement}
 * @param dueDate the date it is about, or {@code null}
 */
public record Notice(long userId, String province, String key, String messageKey, List<String> args, String link,
		LocalDate dueDate) {

	public Notice {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(messageKey, "messageKey");
		if (key.isBlank() || key.length() > 200) {
			throw new IllegalArgumentException("A notice key is 1-200 characters");
		}
		args = args == null ? List.of() : List.copyOf(args);
		link = link == null ? "" : link;
	}
}
