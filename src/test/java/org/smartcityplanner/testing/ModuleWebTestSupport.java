package org.smartcityplanner.testing;

import jakarta.servlet.http.Cookie;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the web tests that run in one module's context rather than the whole application's: the same helpers
 * as {@link WebTestSupport}, while the subclass names its module's test annotation (which must bring MockMvc),
 * e.g. {@code @PlanModuleTest}. Such a context has a database of its own, so a class that leaves data behind
 * needs no {@code @DirtiesContext} (and no second boot of the whole application) to keep it from other tests.
 */
public abstract class ModuleWebTestSupport {

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
