package org.smartcityplanner.monitoring.internal.period;

import java.util.Optional;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The plan that monitoring follows: the province's plan while it is approved. A plan reopened for revision is
 * not followed until it is approved again (its KPIs may be changing); values already reported stay.
 */
@Component
public class ApprovedPlans {

	private final PlanApi plans;

	ApprovedPlans(PlanApi plans) {
		this.plans = plans;
	}

	public Optional<LoadedPlan> of(ProvinceCode province) {
		return plans.plan(province).filter(plan -> plan.header().status() == PlanStatus.APPROVED);
	}

	/** @throws InvalidInputException {@code monitoring.period.rule.planNotApproved} without an approved plan */
	public LoadedPlan require(ProvinceCode province) {
		return of(province).orElseThrow(() -> new InvalidInputException("monitoring.period.rule.planNotApproved"));
	}
}
