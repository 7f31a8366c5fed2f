package org.smartcityplanner.plan.model.readiness;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one policy. Within the findings, those that made the policy fail come before warnings.
 *
 * @param policyCode the {@link ReadinessPolicy#code()} of the policy
 * @param status the worst outcome among the findings, {@code PASS} when there are none
 * @param findings what to fix, empty when the status is {@code PASS}
 */
public record CheckResult(String policyCode, CheckStatus status, List<Finding> findings) {

	public CheckResult {
		Objects.requireNonNull(policyCode, "policyCode");
		Objects.requireNonNull(status, "status");
		findings = List.copyOf(findings);
		if (status == CheckStatus.PASS && !findings.isEmpty()) {
			throw new IllegalArgumentException("A passed check has no findings");
		}
		if (status != CheckStatus.PASS && findings.isEmpty()) {
			throw new IllegalArgumentException("A " + status + " needs at least one finding");
		}
	}

	/** A result with nothing to fix. */
	public static CheckResult pass(String policyCode) {
		return new CheckResult(policyCode, CheckStatus.PASS, List.of());
	}

	/** The message keys of the findings, in order; handy for tests and logs. */
	public List<String> messageKeys() {
		return findings.stream().map(Finding::messageKey).toList();
	}
}
