package org.smartcityplanner.notification;

import java.util.List;

/**
 * Posts and reads users' in-app notifications. Callers decide who gets what; this module only keeps them.
 */
public interface NotificationApi {

	/**
	 * Posts a notice unless the same user already has one with the same key (read or not).
	 *
	 * @return whether it was new
	 */
	boolean post(Notice notice);

	/** Withdraws every notice whose key starts with the prefix (the occasion has passed, e.g. approved). */
	int withdraw(String keyPrefix);

	/** The user's notices, newest first, at most {@code limit}. */
	List<UserNotice> of(long userId, int limit);

	/** How many of the user's notices are unread. */
	int unreadCount(long userId);

	/** Marks one of the user's notices read; another user's notice is left alone and answers {@code false}. */
	boolean markRead(long userId, long noticeId);

	/** Whether the notice exists and is the user's (read or not): another user's id is "no". */
	boolean isOwnedBy(long userId, long noticeId);
}
