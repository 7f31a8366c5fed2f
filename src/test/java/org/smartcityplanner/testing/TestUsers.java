package org.smartcityplanner.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Accounts for tests, created through the identity API, and signing in through the real login form.
 */
public final class TestUsers {

	public static final String PASSWORD = "test-password-123";

	private TestUsers() {
	}

	/** Creates the account unless it exists; returns its id. */
	public static long ensure(IdentityUseCases identity, JdbcClient jdbc, String username, Role role,
			ProvinceCode... provinces) {
		return jdbc.sql("select id from idn_user where username = ?").param(username).query(Long.class).optional()
			.orElseGet(() -> identity.createUser(new NewUser(username, "Test " + username, null, PASSWORD,
					Set.of(role), Set.of(provinces), false)).id());
	}

	/**
	 * Signs in with the login form and returns the session cookie. Sessions live in Spring Session JDBC, so the
	 * cookie, not a MockHttpSession, is what carries them from one request to the next.
	 */
	public static Cookie signIn(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
		if (result.getResponse().getRedirectedUrl() == null
				|| result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Could not sign in as " + username);
		}
		Cookie session = result.getResponse().getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException("No session cookie after signing in as " + username);
		}
		return session;
	}
}
