package org.smartcityplanner.system.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload larger than the multipart limit before anything reads its parameters. Without it the
 * security filter's CSRF check makes the container parse the oversized body, which fails inside the filter chain
 * and ends in the container's own English error page. The answer is a short page (or problem+json for the API)
 * in the user's language; nothing is saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeLimitFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;
	private final MessageSource messages;
	private final LocaleResolver localeResolver;

	UploadSizeLimitFilter(@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequestSize,
			MessageSource messages, LocaleResolver localeResolver) {
		this.maxRequestBytes = maxRequestSize.toBytes();
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (!multipart || request.getContentLengthLong() <= maxRequestBytes) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = localeResolver.resolveLocale(request);
		String title = messages.getMessage("error.413.title", null, locale);
		String detail = messages.getMessage("error.413.limit", new Object[] { maxRequestBytes / (1024 * 1024) }, locale);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setCharacterEncoding("UTF-8");
		// the body is not read: tell the client not to reuse the connection for it
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"status\":413,\"title\":\"" + json(title) + "\",\"detail\":\"" + json(detail)
					+ "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
				+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
				+ "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-4\"><h1 class=\"h3\">"
				+ HtmlUtils.htmlEscape(title) + "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(detail)
				+ "</p><p><a href=\"" + request.getContextPath() + "/\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.backHome", null, locale)) + "</a></p></main></body></html>");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
