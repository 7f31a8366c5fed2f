package org.smartcityplanner.participation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Problems as messages in the user's language for the templates: a map from field to its messages, {@code _form}
 * for problems of the whole input.
 */
@Component("participationProblemTexts")
public class ProblemTexts {

	public static final String FORM = "_form";

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, List<String>> byField(InvalidInputException e) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<Problem> problems = e instanceof GroupInputException g ? g.problems()
				: e instanceof InputProblemsException p ? p.problems().stream()
					.map(survey -> new Problem(survey.field(), survey.messageKey(), survey.arguments())).toList()
				: List.of(new Problem(null, e.messageKey(), e.arguments()));
		for (Problem problem : problems) {
			errors.computeIfAbsent(problem.field() == null ? FORM : problem.field(), f -> new ArrayList<>())
				.add(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
						LocaleContextHolder.getLocale()));
		}
		return errors;
	}
}
