package org.smartcityplanner.system.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Replaces Tomcat's English error report (which names Tomcat and its version) for the errors Tomcat answers
 * before the application sees the request: the application's own texts, Thai by default, English when the
 * language cookie asks for it (or, on API paths, Accept-Language), problem+json on {@code /api/}. Errors the
 * application handles itself still go to {@code /error}; this only runs when nothing has been written.
 * <p>
 * Public with a public constructor because Tomcat instantiates its Host's error report valve by class name.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

	private static final String LANGUAGE_COOKIE = "scp-lang";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// Tomcat's own conditions: an error status, nothing written yet, an error that was sent (sendError) and not
		// reported before; a response the application wrote itself, even an empty 4xx, is left as it is.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || !ioAllowed(response)) {
			return;
		}
		boolean api = rawPath(request).startsWith("/api/");
		Locale locale = locale(request, api);
		try {
			response.setContentType(api ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? ContainerErrorTexts.problem(status, locale) : ContainerErrorTexts.page(status, locale));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response was already committed: nothing more can be sent
		}
	}

	private static boolean ioAllowed(Response response) {
		AtomicBoolean allowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
		return allowed.get();
	}

	/** The path as received: for a request line Tomcat could not parse it may be empty. */
	private static String rawPath(Request request) {
		String path = request.getCoyoteRequest().requestURI().toString();
		return path == null ? "" : path;
	}

	/** Same choice as the application's locale resolver: cookie first; pages default to Thai. */
	private static Locale locale(Request request, boolean api) {
		try {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (LANGUAGE_COOKIE.equals(cookie.getName())) {
						return cookie.getValue().startsWith("en") ? Locale.ENGLISH : ContainerErrorTexts.THAI;
					}
				}
			}
			String acceptLanguage = request.getHeader("Accept-Language");
			if (api && acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
				return Locale.ENGLISH;
			}
		}
		catch (RuntimeException unreadableHeaders) {
			// headers of a rejected request may be unparsed or malformed: fall back to the default language
		}
		return ContainerErrorTexts.THAI;
	}
}
