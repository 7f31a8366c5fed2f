package org.smartcityplanner.participation.web.survey;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A refusal as {@code application/problem+json} in the caller's language, with every problem named by its field
 * ({@code errors: [{field, message, code}]}), so a script can show them all at once.
 */
@Component("participationApiProblems")
public class ApiProblems {

	private final MessageSource messages;
	private final ProblemMessages problems;

	ApiProblems(MessageSource messages, ProblemMessages problems) {
		this.messages = messages;
		this.problems = problems;
	}

	public ResponseEntity<ProblemDetail> of(HttpStatus status, List<Problem> found) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problems.text(found.get(0)));
		detail.setTitle(messages.getMessage("error." + status.value() + ".title", null, LocaleContextHolder.getLocale()));
		detail.setProperty("code", found.get(0).messageKey());
		detail.setProperty("errors", found.stream().map(p -> Map.of("field", p.field() == null ? "" : p.field(),
				"message", problems.text(p), "code", p.messageKey())).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}
}
