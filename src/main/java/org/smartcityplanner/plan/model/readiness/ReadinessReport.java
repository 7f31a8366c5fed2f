package org.smartcityplanner.plan.model.readiness;

import java.util.List;

/**
 * The outcome of a whole readiness check, one result per policy in the order they ran.
 *
 * @param results the policies' results
 */
public record ReadinessReport(List<CheckResult> results) {

	public ReadinessReport {
		results = List.copyOf(results);
	}

	/**
	 * How ready the plan is, from 0 to 100: a pass counts one, a warning a half, a failure nothing, rounded half
	 * up. A report without results scores 0, since nothing has been shown.
	 */
	public int score() {
		if (results.isEmpty()) {
			return 0;
		}
		// counted in halves so the rounding stays in integers
		long halves = 2L * count(CheckStatus.PASS) + count(CheckStatus.WARNING);
		long outOf = 2L * results.size();
		return (int) ((halves * 100 + outOf / 2) / outOf);
	}

	/** How many policies ended with this status. */
	public int count(CheckStatus status) {
		return (int) results.stream().filter(result -> result.status() == status).count();
	}

	/** Whether no policy failed: the plan may go to the committee, warnings and all. */
	public boolean isReady() {
		return count(CheckStatus.FAIL) == 0;
	}
}
