package org.smartcityplanner.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/problem+json} for API calls that fail before reaching a controller (not signed
 * in, bad token, forbidden), in the caller's language.
 */
@Component
class ApiProblemResponses {

	private final JsonMapper json;
	private final MessageSource messages;
	private final LocaleResolver localeResolver;

	ApiProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver localeResolver) {
		this.json = json;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "error.401.message");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.403.message");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		Locale locale = localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, null, locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
