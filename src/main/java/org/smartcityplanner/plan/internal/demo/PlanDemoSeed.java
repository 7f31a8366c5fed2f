package org.smartcityplanner.plan.internal.demo;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's draft master plan (see {@link DemoPlan}), imported through {@link PlanUseCases} like any plan
 * document. Its projects serve the two target areas the profile seed created, found through {@link ProfileApi}.
 */
@Component
@Profile("!prod")
class PlanDemoSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoSeed.class);

	private final PlanUseCases plans;
	private final ProfileApi profile;

	PlanDemoSeed(PlanUseCases plans, ProfileApi profile) {
		this.plans = plans;
		this.profile = profile;
	}

	@Override
	public int order() {
		return PLAN;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return plans.plan(province).isPresent();
	}

	@Override
	public void seed(ProvinceCode province) {
		List<TargetAreaView> areas = profile.areasOf(province);
		Optional<TargetAreaView> oldTown = areaOf(areas, AreaType.OLD_TOWN);
		Optional<TargetAreaView> logistics = areaOf(areas, AreaType.LOGISTICS);
		if (oldTown.isEmpty() || logistics.isEmpty()) {
			// the plan's projects name both areas; without them it would not pass the document rules
			log.warn("Demo plan not seeded: province {} lacks its old-town or logistics target area", province);
			return;
		}
		plans.importDocument(province, DemoPlan.build(province, oldTown.get().id(), logistics.get().id()));
	}

	private static Optional<TargetAreaView> areaOf(List<TargetAreaView> areas, AreaType type) {
		return areas.stream().filter(area -> area.type() == type).findFirst();
	}
}
