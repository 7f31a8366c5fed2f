package org.smartcityplanner.notification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.notification.NotificationApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in user's notices over the API. Another user's notice id answers 404, never its content.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Notifications", description = "The signed-in user's in-app notices")
class NotificationsApiController {

	private final NotificationApi notifications;
	private final IdentityApi identity;
	private final NoticeTexts texts;

	NotificationsApiController(NotificationApi notifications, IdentityApi identity, NoticeTexts texts) {
		this.notifications = notifications;
		this.identity = identity;
		this.texts = texts;
	}

	/**
	 * A notice, worded in the request's language.
	 *
	 * @param id notice id
	 * @param text the message
	 * @param link application path where the user acts on it
	 * @param dueDate the date it is about, if any
	 * @param postedAt when it was posted
	 * @param readAt when it was marked read, or null while unread
	 */
	record NoticeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String link, LocalDate dueDate,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant postedAt, Instant readAt) {
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The signed-in user's notices, newest first")
	List<NoticeBody> list(@RequestParam(defaultValue = "50") int limit, Locale locale) {
		if (limit < 1 || limit > 500) {
			throw new org.smartcityplanner.shared.InvalidInputException("notification.limit.range", 1, 500);
		}
		return notifications.of(user().id(), limit).stream()
			.map(n -> new NoticeBody(n.id(), texts.text(n, locale), NoticeTexts.safeLink(n), n.notice().dueDate(),
					n.postedAt(), n.readAt()))
			.toList();
	}

	@PostMapping("/api/v1/notifications/{noticeId}/read")
	@Operation(summary = "Mark one of the signed-in user's notices read (idempotent); another user's id is 404")
	void markRead(@PathVariable long noticeId) {
		long user = user().id();
		// markRead answers false both for "not yours" and "already read"; only the second is a success
		if (!notifications.markRead(user, noticeId) && !notifications.isOwnedBy(user, noticeId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private CurrentUser user() {
		return identity.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}
}
