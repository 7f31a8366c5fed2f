package org.smartcityplanner.actionplan.internal.demo;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's action-plan data (see {@link DemoActionPlan}) for the projects the plan seed wrote; a minimum
 * rule names the old-town target area, found through {@link ProfileApi}.
 */
@Component
@Profile("!prod")
class ActionPlanDemoSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(ActionPlanDemoSeed.class);

	private final ActionPlanUseCases actionPlans;
	private final ProfileApi profile;

	ActionPlanDemoSeed(ActionPlanUseCases actionPlans, ProfileApi profile) {
		this.actionPlans = actionPlans;
		this.profile = profile;
	}

	@Override
	public int order() {
		return ACTION_PLAN;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		// envelopes or minimums mean someone already set the optimiser up for this province
		return !actionPlans.envelopes(province).isEmpty() || !actionPlans.minimums(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		Optional<TargetAreaView> oldTown = profile.areasOf(province).stream()
			.filter(area -> area.type() == AreaType.OLD_TOWN).findFirst();
		if (oldTown.isEmpty()) {
			log.warn("Demo action plan not seeded: province {} lacks its old-town target area", province);
			return;
		}
		DemoActionPlan.seed(actionPlans, province, oldTown.get().id());
	}
}
