package org.smartcityplanner.plan.model.readiness;

import java.util.Set;
import java.util.TreeSet;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Committee criterion 4, smart services: projects serve at least the minimum number of dimensions, and the
 * mandatory dimension (if one is configured) has a project. A dimension counts when a goal of it has a project.
 */
public final class SmartServicesPolicy implements ReadinessPolicy {

	public static final String CODE = "C4";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Set<String> served = dimensionsWithProjects(plan, context);
		Findings findings = new Findings(CODE);
		if (served.size() < context.minimumDimensions()) {
			findings.fail("readiness.c4.tooFewDimensions", FixTarget.dimensions(), served.size(),
					context.minimumDimensions());
		}
		String mandatory = context.mandatoryDimension();
		if (!Texts.isBlank(mandatory) && !served.contains(mandatory)) {
			findings.warn("readiness.c4.mandatoryDimensionWithoutProject", FixTarget.dimension(mandatory), mandatory);
		}
		return findings.result();
	}

	private static Set<String> dimensionsWithProjects(PlanDocument plan, ReadinessContext context) {
		Set<String> served = new TreeSet<>();
		for (Goal goal : plan.goals()) {
			boolean known = context.dimensionCodes().isEmpty() || context.dimensionCodes().contains(goal.dimension());
			boolean hasProject = goal.strategies().stream().anyMatch(strategy -> !strategy.projects().isEmpty());
			if (known && hasProject) {
				served.add(goal.dimension());
			}
		}
		return served;
	}
}
