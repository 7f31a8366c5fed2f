package org.smartcityplanner.participation.web.survey;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a public survey answer or idea far larger than any real one (a page's answers are at most 60 × 2,000
 * characters) before anything reads it. Otherwise the container would drop the parameters of an oversized form
 * and the CSRF check would answer a bare "forbidden"; this way the sender reads why, in their language, and that
 * nothing was saved (a browser's back button still holds what they typed).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicFormSizeFilter extends OncePerRequestFilter {

	/** Bytes: 60 answers of 2,000 Thai characters, URL-encoded (9 bytes each), and room for the rest. */
	static final long MAX_BYTES = 1_200_000;

	private final MessageSource messages;
	private final LocaleResolver locales;

	PublicFormSizeFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/survey/") && !ideaForm(request);
	}

	/**
	 * A public idea form sent as plain form fields (an idea is at most 4,150 characters; a photo comes as
	 * multipart, which the container limits by itself and never drops silently).
	 */
	private static boolean ideaForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				&& request.getRequestURI().startsWith(request.getContextPath() + "/public/")
				&& request.getRequestURI().contains("/ideas");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= MAX_BYTES) {
			chain.doFilter(request, response);
			return;
		}
		var locale = locales.resolveLocale(request);
		String prefix = ideaForm(request) ? "participation.idea.public." : "participation.survey.public.";
		String title = messages.getMessage(prefix + "tooLargeTitle", null, locale);
		String detail = messages.getMessage(prefix + "tooLarge", null, locale);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
				+ HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
				+ "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-4\"><h1 class=\"h3\">"
				+ HtmlUtils.htmlEscape(title) + "</h1><p class=\"lead\" id=\"too-large\">" + HtmlUtils.htmlEscape(detail)
				+ "</p></main></body></html>");
	}
}
