package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Committee criterion 5 asks that the plan was made with the people: a working group drawn from every sector,
 * at least one of its meetings on record with minutes, and public input (survey answers or a public hearing).
 * Without them a plan cannot be ready, however complete its text; a sector missing from the group is a warning,
 * since the group can still be completed while the plan is written.
 */
public final class ParticipationPolicy implements ReadinessPolicy {

	public static final String CODE = "PARTICIPATION";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		ParticipationFacts facts = context.participation();
		Findings findings = new Findings(CODE);
		if (facts.groupMembers() == 0) {
			findings.fail("readiness.participation.noGroup", FixTarget.participation("group"));
		}
		else {
			facts.missingSectors().forEach(sector -> findings.warn("readiness.participation.missingSector." + sector,
					FixTarget.participation("group")));
		}
		if (facts.meetingsWithMinutes() == 0) {
			findings.fail("readiness.participation.noMinutes", FixTarget.participation("meetings"));
		}
		if (facts.publicInputs() == 0) {
			findings.fail("readiness.participation.noPublicInput", FixTarget.participation("surveys"));
		}
		return findings.result();
	}
}
