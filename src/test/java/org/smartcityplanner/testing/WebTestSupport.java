package org.smartcityplanner.testing;

/**
 * Base of the web tests: the whole application with MockMvc, and accounts signed in through the real form (the
 * helpers are those of {@link ModuleWebTestSupport}; only the context differs).
 */
@IntegrationTest
public abstract class WebTestSupport extends ModuleWebTestSupport {
}
