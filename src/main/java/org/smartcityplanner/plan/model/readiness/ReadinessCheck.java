package org.smartcityplanner.plan.model.readiness;

import java.util.List;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Runs readiness policies over a plan, in a fixed order, and collects their results into a report.
 */
public final class ReadinessCheck {

	private final List<ReadinessPolicy> policies;

	/**
	 * @param policies the policies to run, in the order their results are reported
	 */
	public ReadinessCheck(List<ReadinessPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/**
	 * The committee's five criteria in its order (C1 to C5, with the fifth's participation evidence), then the
	 * completeness rules for KPIs, projects, budgets and dimensions.
	 */
	public static ReadinessCheck standard() {
		return new ReadinessCheck(List.of(new TargetAreaAndGoalsPolicy(), new InfrastructurePlanPolicy(),
				new CityDataPlatformPolicy(), new SmartServicesPolicy(), new ManagementPolicy(),
				new ParticipationPolicy(),				new KpiCompletenessPolicy(), new ProjectCompletenessPolicy(), new BudgetConsistencyPolicy(),
				new DimensionCoveragePolicy()));
	}

	/** The policies this check runs, in order. */
	public List<ReadinessPolicy> policies() {
		return policies;
	}

	/**
	 * Checks the plan against every policy.
	 *
	 * @param plan the plan to check
	 * @param context the target areas, dimensions and thresholds to check it against
	 * @return one result per policy, in the policies' order
	 */
	public ReadinessReport run(PlanDocument plan, ReadinessContext context) {
		return new ReadinessReport(policies.stream().map(policy -> policy.check(plan, context)).toList());
	}
}
