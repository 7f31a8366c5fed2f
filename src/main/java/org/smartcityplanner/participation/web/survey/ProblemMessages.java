package org.smartcityplanner.participation.web.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Problems in the user's language for the templates ({@code errors}: field to messages, {@code _form} for the
 * whole form) and for problem+json.
 */
@Component("participationProblemMessages")
public class ProblemMessages {

	public static final String FORM = "_form";

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, List<String>> byField(List<Problem> problems) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (Problem p : problems) {
			errors.computeIfAbsent(p.field() == null ? FORM : p.field(), f -> new ArrayList<>()).add(text(p));
		}
		return errors;
	}

	public Map<String, List<String>> single(String key, Object... args) {
		return byField(List.of(Problem.of(null, key, args)));
	}

	public String text(Problem p) {
		return messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
				LocaleContextHolder.getLocale());
	}
}
