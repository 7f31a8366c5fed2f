package org.smartcityplanner.training.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * Remembers a trainee's personal link on their phone, so scanning a session's QR code checks them in without
 * typing anything. The cookie holds the link's secret; only its hash is stored on the server.
 */
final class TraineeCookie {

	static final String NAME = "scp_trainee";
	static final Duration KEEP = Duration.ofDays(180);

	private TraineeCookie() {
	}

	static void remember(HttpServletRequest request, HttpServletResponse response, String token) {
		response.addHeader("Set-Cookie", ResponseCookie.from(NAME, token).httpOnly(true).secure(request.isSecure())
			.sameSite("Lax").path("/").maxAge(KEEP).build().toString());
	}

	static void forget(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Set-Cookie", ResponseCookie.from(NAME, "").httpOnly(true).secure(request.isSecure())
			.sameSite("Lax").path("/").maxAge(0).build().toString());
	}

	static String read(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}
}
