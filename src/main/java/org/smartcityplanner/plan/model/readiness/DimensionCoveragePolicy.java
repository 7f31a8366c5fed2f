package org.smartcityplanner.plan.model.readiness;

import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Every smart dimension has a goal. The committee only requires the dimensions the projects serve (criterion
 * 4), so a dimension without a goal is a warning, never a failure.
 */
public final class DimensionCoveragePolicy implements ReadinessPolicy {

	public static final String CODE = "DIMENSIONS";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Set<String> withGoal = plan.goals().stream().map(Goal::dimension).collect(Collectors.toSet());
		Findings findings = new Findings(CODE);
		for (String dimension : context.dimensionCodes()) {
			if (!withGoal.contains(dimension)) {
				findings.warn("readiness.dimension.noGoal", FixTarget.dimension(dimension), dimension);
			}
		}
		return findings.result();
	}
}
