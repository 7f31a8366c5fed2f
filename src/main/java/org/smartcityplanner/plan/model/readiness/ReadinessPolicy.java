package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * One rule a master plan must meet before it goes to the Smart City committee: one of the committee's five
 * criteria or a completeness rule. Policies are pure functions of the plan and its context.
 */
public interface ReadinessPolicy {

	/** A short stable code, e.g. {@code C1} or {@code KPI}; also the suffix of the policy's title key. */
	String code();

	/**
	 * Checks the plan.
	 *
	 * @param plan the plan to check
	 * @param context what the plan alone does not say (target areas, dimensions, configurable thresholds)
	 * @return the outcome with one finding per thing to fix
	 */
	CheckResult check(PlanDocument plan, ReadinessContext context);

	/** The message key of the policy's title, {@code readiness.policy.<code>}. */
	default String titleKey() {
		return "readiness.policy." + code();
	}
}
