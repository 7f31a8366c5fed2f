package org.smartcityplanner.participation.web.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refusals in the reader's language for the meeting pages: {@code errors} maps a form field to its messages
 * ({@code _form} for problems of the whole input).
 */
@Component
class MeetingMessages {

	static final String FORM = "_form";

	private final MessageSource messages;

	MeetingMessages(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, List<String>> byField(InvalidInputException e) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (e instanceof MeetingInputException input) {
			for (FieldIssue issue : input.issues()) {
				errors.computeIfAbsent(issue.field(), f -> new ArrayList<>()).add(text(issue));
			}
		}
		else {
			errors.put(FORM, List.of(text(e)));
		}
		return errors;
	}

	Map<String, List<String>> byField(List<FieldIssue> issues) {
		return byField(new MeetingInputException(issues));
	}

	String text(FieldIssue issue) {
		return messages.getMessage("participation.problem." + issue.code(),
				new Object[] { MeetingInputException.label(issue), issue.limit() }, LocaleContextHolder.getLocale());
	}

	String text(InvalidInputException e) {
		return messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(),
				LocaleContextHolder.getLocale());
	}
}
