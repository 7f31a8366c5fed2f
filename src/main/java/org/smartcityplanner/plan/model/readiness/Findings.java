package org.smartcityplanner.plan.model.readiness;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a policy's failures and warnings and turns them into a {@link CheckResult}.
 */
final class Findings {

	private final String policyCode;
	private final List<Finding> failures = new ArrayList<>();
	private final List<Finding> warnings = new ArrayList<>();

	Findings(String policyCode) {
		this.policyCode = policyCode;
	}

	void fail(String messageKey, FixTarget target, Object... args) {
		failures.add(Finding.of(messageKey, target, args));
	}

	void warn(String messageKey, FixTarget target, Object... args) {
		warnings.add(Finding.of(messageKey, target, args));
	}

	CheckResult result() {
		List<Finding> all = new ArrayList<>(failures);
		all.addAll(warnings);
		CheckStatus status = !failures.isEmpty() ? CheckStatus.FAIL
				: !warnings.isEmpty() ? CheckStatus.WARNING : CheckStatus.PASS;
		return new CheckResult(policyCode, status, all);
	}
}
