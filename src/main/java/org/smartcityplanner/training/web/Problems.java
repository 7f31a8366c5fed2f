package org.smartcityplanner.training.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.training.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns problems into messages in the user's language for the templates: {@code errors} maps a field to its
 * messages ({@code _form} for problems of the whole input).
 */
@Component("trainingProblems")
public class Problems {

	static final String FORM = "_form";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, List<String>> byField(List<FieldProblem> problems) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.computeIfAbsent(problem.field() == null ? FORM : problem.field(), f -> new java.util.ArrayList<>())
				.add(text(problem));
		}
		return errors;
	}

	Map<String, List<String>> of(InvalidInputException e) {
		return Map.of(FORM, List.of(text(e)));
	}

	/** The problem in the current request's language. */
	public String text(FieldProblem problem) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale());
	}

	/** The refusal in the current request's language. */
	public String text(InvalidInputException e) {
		return messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
