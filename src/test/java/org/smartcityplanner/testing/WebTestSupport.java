package org.smartcityplanner.testing;

import jakarta.servlet.http.Cookie;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the web tests: the whole application with MockMvc, and accounts signed in through the real form.
 */
@IntegrationTest
public abstract class WebTestSupport {

	@Autowired
	protected MockMvc mvc;
	@Autowired
	protected IdentityUseCases identity;
	@Autowired
	protected JdbcClient jdbc;

	/** Creates the account if needed and returns its id. */
	protected long account(String username, Role role, ProvinceCode... provinces) {
		return TestUsers.ensure(identity, jdbc, username, role, provinces);
	}

	/** Creates the account if needed, signs in and returns the session cookie. */
	protected Cookie signedIn(String username, Role role, ProvinceCode... provinces) throws Exception {
		account(username, role, provinces);
		return TestUsers.signIn(mvc, username);
	}
}
