package org.smartcityplanner.engagement.web.workplan;

import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refusal's reason in the user's language, for the flash message a page shows after a refused change. */
@Component
class WorkPlanMessages {

	private final MessageSource messages;

	WorkPlanMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(InvalidInputException e) {
		return messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(),
				LocaleContextHolder.getLocale());
	}
}
