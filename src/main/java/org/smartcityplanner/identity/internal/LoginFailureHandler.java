package org.smartcityplanner.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form: either "wrong name or password" (never which of the two, nor
 * whether the account exists) or "too many attempts, wait N minutes".
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final Clock clock;

	LoginFailureHandler(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = "/login?error";
		if (exception instanceof RateLimitedAuthenticationProvider.TooManyAttemptsException locked) {
			long minutes = Math.max(1, Duration.between(clock.instant(), locked.lockedUntil()).toMinutes() + 1);
			target = "/login?locked=" + minutes;
		}
		response.sendRedirect(request.getContextPath() + target);
	}
}
