package org.smartcityplanner.notification.web;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.notification.UserNotice;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notices, newest first; marking one read.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationsController {

	/** The page shows the latest notices; older ones have been acted on long ago. */
	static final int PAGE_SIZE = 100;

	private final NotificationApi notifications;
	private final IdentityApi identity;
	private final NoticeTexts texts;

	NotificationsController(NotificationApi notifications, IdentityApi identity, NoticeTexts texts) {
		this.notifications = notifications;
		this.identity = identity;
		this.texts = texts;
	}

	/**
	 * A notice as the page lists it.
	 *
	 * @param id notice id
	 * @param text the worded message
	 * @param link where to act
	 * @param unread whether it is unread
	 * @param notice the notice itself (dates)
	 */
	record Row(long id, String text, String link, boolean unread, UserNotice notice) {
	}

	@GetMapping("/notifications")
	String list(Model model, Locale locale) {
		CurrentUser user = user();
		List<Row> rows = notifications.of(user.id(), PAGE_SIZE).stream()
			.map(n -> new Row(n.id(), texts.text(n, locale), NoticeTexts.safeLink(n), n.unread(), n))
			.toList();
		model.addAttribute("notices", rows);
		return "notification/list";
	}

	@PostMapping("/notifications/{noticeId}/read")
	String markRead(@PathVariable long noticeId, RedirectAttributes redirect) {
		long user = user().id();
		if (!notifications.markRead(user, noticeId) && !notifications.isOwnedBy(user, noticeId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flashSuccess", "notification.markedRead");
		return "redirect:/notifications";
	}

	private CurrentUser user() {
		return identity.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}
}
