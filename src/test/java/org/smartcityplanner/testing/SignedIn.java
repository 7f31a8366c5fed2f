package org.smartcityplanner.testing;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a real account in for service-level tests, the way the login form would (the principal is identity's
 * own, so {@code IdentityUseCases.currentUser()} sees it). Call {@link #signOut()} after the test.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** Creates the account if needed and makes it the current user of this thread. */
	public static void as(IdentityUseCases identity, JdbcClient jdbc, UserDetailsService users, String username, Role role,
			ProvinceCode... provinces) {
		TestUsers.ensure(identity, jdbc, username, role, provinces);
		UserDetails principal = users.loadUserByUsername(username);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}
}
