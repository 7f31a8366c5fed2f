package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;

/**
 * Committee criterion 5, management and sustainability: a responsible organisation is named; roles,
 * financing and monitoring are expected too.
 */
public final class ManagementPolicy implements ReadinessPolicy {

	public static final String CODE = "C5";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		PlanSections sections = Sections.of(plan);
		Findings findings = new Findings(CODE);
		if (Texts.isBlank(sections.governanceBody())) {
			findings.fail("readiness.c5.noGovernanceBody", FixTarget.section("governanceBody"));
		}
		if (Texts.isBlank(sections.roles())) {
			findings.warn("readiness.c5.noRoles", FixTarget.section("roles"));
		}
		if (Texts.isBlank(sections.financing())) {
			findings.warn("readiness.c5.noFinancing", FixTarget.section("financing"));
		}
		if (Texts.isBlank(sections.monitoring())) {
			findings.warn("readiness.c5.noMonitoring", FixTarget.section("monitoring"));
		}
		return findings.result();
	}
}
