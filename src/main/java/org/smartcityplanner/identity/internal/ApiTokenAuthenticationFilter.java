package org.smartcityplanner.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer scp_...}. The authentication lives for this one
 * request only: a script never gets a session.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;
	private final ApiProblemResponses problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, ApiProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return header == null || !header.startsWith(BEARER)
				|| !(path.startsWith("/api/") || path.startsWith("/actuator/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader("Authorization").substring(BEARER.length()).trim();
		var principal = tokens.authenticate(secret);
		if (principal.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.401.token");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
