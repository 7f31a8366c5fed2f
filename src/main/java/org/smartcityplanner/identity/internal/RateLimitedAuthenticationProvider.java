package org.smartcityplanner.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that refuses locked accounts and addresses before checking the password and counts every
 * failure. Whether the account exists never changes the answer.
 */
class RateLimitedAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginRateLimiter rateLimiter;

	RateLimitedAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginRateLimiter rateLimiter) {
		super(users);
		setPasswordEncoder(encoder);
		this.rateLimiter = rateLimiter;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = addressOf(authentication);
		Instant lockedUntil = rateLimiter.lockedUntil(username, address).orElse(null);
		if (lockedUntil != null) {
			throw new TooManyAttemptsException(lockedUntil);
		}
		try {
			Authentication result = super.authenticate(authentication);
			rateLimiter.recordSuccess(username);
			return result;
		}
		catch (AuthenticationServiceException e) {
			throw e;
		}
		catch (AuthenticationException e) {
			rateLimiter.recordFailure(username, address);
			throw e;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		Object slim = user instanceof AccountPrincipal account ? account.withoutPassword() : principal;
		return super.createSuccessAuthentication(slim, authentication, user);
	}

	private static String addressOf(Authentication authentication) {
		if (authentication instanceof UsernamePasswordAuthenticationToken token
				&& token.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	/** Too many failed sign-ins for this account or address; try again after {@link #lockedUntil()}. */
	static class TooManyAttemptsException extends AuthenticationException {

		private final Instant lockedUntil;

		TooManyAttemptsException(Instant lockedUntil) {
			super("Too many failed sign-ins");
			this.lockedUntil = lockedUntil;
		}

		Instant lockedUntil() {
			return lockedUntil;
		}
	}
}
