package org.smartcityplanner.system.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions from REST controllers into localized {@code application/problem+json}. Spring's own
 * exceptions (malformed JSON, wrong type, missing parameter...) get their details from the
 * {@code problemDetail.*} keys of the message files; anything unexpected is logged and answered 500 without
 * internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "error.403.message");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "error.409.message");
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setProperty("code", e.messageKey());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(NotInProvinceException.class)
	ResponseEntity<ProblemDetail> notInProvince(NotInProvinceException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("error.notInProvince", new Object[] { e.field(), e.id() }, locale));
		problem.setTitle(messages.getMessage("error.404.title", null, locale));
		problem.setProperty("code", "error.notInProvince");
		problem.setProperty("field", e.field());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "error.400.message");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected API error", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.message");
	}

	/** Spring's own exceptions: keep their specific detail where the message files have one, else ours. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			Locale locale = LocaleContextHolder.getLocale();
			int code = ErrorMessages.isKnown(statusCode.value()) ? statusCode.value()
					: (statusCode.is4xxClientError() ? 400 : 500);
			problem.setTitle(messages.getMessage("error." + code + ".title", null, locale));
			if (ex instanceof ResponseStatusException || problem.getDetail() == null) {
				problem.setDetail(messages.getMessage("error." + code + ".message", null, locale));
			}
		}
		return response;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
