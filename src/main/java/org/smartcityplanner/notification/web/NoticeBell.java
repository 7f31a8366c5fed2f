package org.smartcityplanner.notification.web;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.notification.NotificationApi;
import org.springframework.stereotype.Component;

/**
 * The unread count in the page header, read by the layout as {@code ${noticeBell.unread()}} (a model attribute, see {@link NoticeBellAdvice}): asked only when a
 * page is rendered for a signed-in user (one count query), not on redirects or API calls.
 */
@Component("noticeBell")
public class NoticeBell {

	private final IdentityApi identity;
	private final NotificationApi notifications;

	NoticeBell(IdentityApi identity, NotificationApi notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	/** The signed-in user's unread notices, 0 when nobody is signed in. */
	public int unread() {
		return identity.currentUser().map(user -> notifications.unreadCount(user.id())).orElse(0);
	}
}
