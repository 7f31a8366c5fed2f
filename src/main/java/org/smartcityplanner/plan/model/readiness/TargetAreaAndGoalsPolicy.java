package org.smartcityplanner.plan.model.readiness;

import java.util.Map;
import java.util.Set;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Committee criterion 1, target area and goals: the plan has a vision, at least one target area with a
 * boundary, every area has a boundary, a positioning and a city type
 * (new city or liveable existing city), and every goal is measurable by a KPI.
 */
public final class TargetAreaAndGoalsPolicy implements ReadinessPolicy {

	public static final String CODE = "C1";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		if (Texts.isBlank(plan.vision())) {
			findings.fail("readiness.c1.noVision", FixTarget.planField("vision"));
		}
		Map<Long, AreaInfo> areas = context.targetAreas();
		if (areas.isEmpty()) {
			findings.fail("readiness.c1.noTargetArea", FixTarget.areas());
		}
		else if (areas.values().stream().noneMatch(AreaInfo::hasBoundary)) {
			findings.fail("readiness.c1.noAreaWithBoundary", FixTarget.areas());
		}
		areas.forEach((id, area) -> {
			if (!area.hasBoundary()) {
				findings.warn("readiness.c1.areaWithoutBoundary", FixTarget.area(id), area.name());
			}
			if (!area.hasPositioning()) {
				findings.warn("readiness.c1.areaWithoutPositioning", FixTarget.area(id), area.name());
			}
			if (!area.hasCityType()) {
				findings.warn("readiness.c1.areaWithoutCityType", FixTarget.area(id), area.name());
			}
		});
		Set<ItemId> measured = plan.measuredItems();
		for (Goal goal : plan.goals()) {
			if (!measured.contains(goal.id())) {
				findings.warn("readiness.c1.goalWithoutKpi", FixTarget.newKpiOf(goal.id()), ItemName.of(goal));
			}
		}
		return findings.result();
	}
}
