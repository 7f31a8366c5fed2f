package org.smartcityplanner.testing;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends to the database while armed, for tests that keep a hot
 * path's database work from growing ({@code SurveySubmissionStatementsTests}). Every test context's data source is
 * wrapped (by {@link TestDatabaseInitializer}, so no test gets a context of its own for it); unarmed threads pay
 * one thread-local read per statement. A statement is one round trip: an {@code execute*} call, a JDBC batch
 * counts once however many rows it carries; commits and rollbacks are counted apart.
 */
public final class SqlStatementCounter {

	private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();
	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private SqlStatementCounter() {
	}

	/** What one armed stretch of a thread sent. */
	public static final class Recording {

		private final List<String> statements = new ArrayList<>();
		private int commits;

		public int statements() {
			return statements.size();
		}

		public List<String> sql() {
			return List.copyOf(statements);
		}

		public int commits() {
			return commits;
		}

		@Override
		public String toString() {
			return statements.size() + " statements, " + commits + " commits:\n  "
					+ String.join("\n  ", statements.stream().map(s -> s.replaceAll("\\s+", " ")).toList());
		}
	}

	/** Runs {@code work} on this thread and returns what it sent to the database. */
	public static <T> Recording record(Supplier<T> work) {
		Recording recording = new Recording();
		RECORDING.set(recording);
		try {
			work.get();
		}
		finally {
			RECORDING.remove();
		}
		return recording;
	}

	/** Wraps every {@link DataSource} bean. */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? counting(ds) : bean;
			}
		};
	}

	static DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class, Closeable.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						if (target instanceof AutoCloseable closeable) {
							closeable.close();
						}
						return null;
					}
					Object result = invoke(target, method, args);
					return result instanceof Connection c ? wrap(c, Connection.class, connectionHandler(c)) : result;
				});
	}

	private static InvocationHandler connectionHandler(Connection target) {
		return (proxy, method, args) -> {
			Recording recording = RECORDING.get();
			if (recording != null && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
				recording.commits++;
			}
			Object result = invoke(target, method, args);
			if (result instanceof Statement statement && !method.getName().equals("unwrap")) {
				String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
				Class<?> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
						: result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
								: Statement.class;
				return wrap(statement, type, statementHandler(statement, sql));
			}
			return result;
		};
	}

	private static InvocationHandler statementHandler(Statement target, String preparedSql) {
		return (proxy, method, args) -> {
			Recording recording = RECORDING.get();
			if (recording != null && EXECUTIONS.contains(method.getName())) {
				String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
				recording.statements.add(method.getName().contains("Batch") ? "[batch] " + sql : String.valueOf(sql));
			}
			return invoke(target, method, args);
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(Object target, Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
