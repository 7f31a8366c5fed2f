package org.smartcityplanner.testing;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application context at this JVM's test database: a private in-memory H2 database, or this JVM's
 * schema on PostgreSQL. Nothing a test does ever touches {@code ./data}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = TestDatabase.isPostgres() ? postgres() : h2();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("scp-test-database", properties));
		context.getBeanFactory().addBeanPostProcessor(SqlStatementCounter.wrapper());
	}

	private static Map<String, Object> h2() {
		return Map.of("spring.datasource.url", "jdbc:h2:mem:scp-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	private static Map<String, Object> postgres() {
		return Map.of("spring.datasource.url", TestDatabase.postgresUrl(),
				"spring.datasource.username", TestDatabase.USER,
				"spring.datasource.password", TestDatabase.PASSWORD,
				"spring.flyway.schemas", TestDatabase.schema(),
				"spring.flyway.default-schema", TestDatabase.schema());
	}
}
