package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Committee criterion 2, infrastructure development plan: the chapter on basic and digital infrastructure is
 * written. There is no warning level: the chapter is either there or not.
 */
public final class InfrastructurePlanPolicy implements ReadinessPolicy {

	public static final String CODE = "C2";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		if (Texts.isBlank(Sections.of(plan).digitalInfrastructure())) {
			findings.fail("readiness.c2.noInfrastructurePlan", FixTarget.section("digitalInfrastructure"));
		}
		return findings.result();
	}
}
