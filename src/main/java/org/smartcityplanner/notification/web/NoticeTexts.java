package org.smartcityplanner.notification.web;

import java.util.Locale;

import org.smartcityplanner.notification.UserNotice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's text in the reader's language (from its message key and arguments) and a link safe to follow: only
 * an application path is kept, so a posted link can never send the reader to another site.
 */
@Component
class NoticeTexts {

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(UserNotice notice, Locale locale) {
		return messages.getMessage(notice.notice().messageKey(), notice.notice().args().toArray(),
				messages.getMessage("notification.unknownMessage", null, locale), locale);
	}

	static String safeLink(UserNotice notice) {
		String link = notice.notice().link();
		return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") ? link : "/notifications";
	}
}
