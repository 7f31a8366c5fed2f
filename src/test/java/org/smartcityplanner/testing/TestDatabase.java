package org.smartcityplanner.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which database the tests of this JVM run on. Surefire runs every test once on H2 and then the
 * {@code @DatabaseTest} classes again with {@code -Dscp.test.db=postgresql}. On PostgreSQL each JVM gets a
 * schema of its own, so two runs on one server never clash; it is dropped when the JVM exits.
 */
public final class TestDatabase {

	static final String HOST = env("SCP_TEST_PG_HOST", "127.0.0.1");
	static final String PORT = env("SCP_TEST_PG_PORT", "5432");
	static final String DATABASE = env("SCP_TEST_PG_DATABASE", "test");
	static final String USER = env("SCP_TEST_PG_USER", "postgres");
	static final String PASSWORD = env("SCP_TEST_PG_PASSWORD", "");
	private static final String SCHEMA_PREFIX = "scp_test_";

	private static volatile String schema;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgresql".equalsIgnoreCase(System.getProperty("scp.test.db", "h2"));
	}

	/** Whether a failure to reach PostgreSQL must fail the build (CI) rather than skip. */
	static boolean mustRunPostgres() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static String baseUrl() {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;
	}

	/** Null when PostgreSQL answers, otherwise why not. */
	static String postgresProblem() {
		try (Connection ignored = DriverManager.getConnection(baseUrl() + "?connectTimeout=3", USER, PASSWORD)) {
			return null;
		}
		catch (SQLException e) {
			return e.getMessage();
		}
	}

	/** This JVM's schema, created on first use. */
	static synchronized String schema() {
		if (schema == null) {
			String name = SCHEMA_PREFIX + Instant.now().getEpochSecond() + "_"
					+ UUID.randomUUID().toString().substring(0, 8);
			execute(statement -> {
				dropStaleSchemas(statement);
				statement.execute("create schema " + name);
			});
			Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(
					statement -> statement.execute("drop schema if exists " + name + " cascade"))));
			schema = name;
		}
		return schema;
	}

	static String postgresUrl() {
		return baseUrl() + "?currentSchema=" + schema();
	}

	/** Schemas left by runs that were killed before their shutdown hook ran, older than six hours. */
	private static void dropStaleSchemas(Statement statement) throws SQLException {
		long cutoff = Instant.now().getEpochSecond() - 6 * 3600;
		List<String> stale = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery(
				"select schema_name from information_schema.schemata where schema_name like '" + SCHEMA_PREFIX + "%'")) {
			while (rs.next()) {
				String[] parts = rs.getString(1).toLowerCase(Locale.ROOT).split("_");
				if (parts.length >= 3 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
					stale.add(rs.getString(1));
				}
			}
		}
		for (String name : stale) {
			statement.execute("drop schema if exists " + name + " cascade");
		}
	}

	private static void execute(SqlWork work) {
		try (Connection connection = DriverManager.getConnection(baseUrl(), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			work.run(statement);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	@FunctionalInterface
	private interface SqlWork {
		void run(Statement statement) throws SQLException;
	}
}
