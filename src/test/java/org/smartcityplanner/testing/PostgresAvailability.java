package org.smartcityplanner.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL run: skips database tests loudly when PostgreSQL cannot be reached on a developer machine,
 * and fails them under {@code CI=true}, where a skipped database run would hide a broken build.
 */
public class PostgresAvailability implements ExecutionCondition {

	private static volatile String problem;
	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2 run");
		}
		String why = check();
		if (why == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.baseUrl());
		}
		String message = "PostgreSQL tests cannot run: " + TestDatabase.baseUrl() + " is unreachable (" + why + ")";
		if (TestDatabase.mustRunPostgres()) {
			throw new IllegalStateException(message + ". CI=true, so this is a failure, not a skip.");
		}
		System.err.println("\n!!!!! " + message + " — SKIPPED. Set SCP_TEST_PG_* or start PostgreSQL. !!!!!\n");
		return ConditionEvaluationResult.disabled(message);
	}

	private static synchronized String check() {
		if (!checked) {
			problem = TestDatabase.postgresProblem();
			checked = true;
		}
		return problem;
	}
}
