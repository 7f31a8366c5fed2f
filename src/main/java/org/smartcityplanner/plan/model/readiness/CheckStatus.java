package org.smartcityplanner.plan.model.readiness;

/**
 * The outcome of one readiness policy, from best to worst.
 */
public enum CheckStatus {

	/** Nothing to fix. */
	PASS,

	/** The plan can go forward, but the committee may ask about it. */
	WARNING,

	/** The committee would reject the plan as it is. */
	FAIL
}
