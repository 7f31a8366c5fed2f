package org.smartcityplanner.plan.internal;

import java.util.List;

import org.smartcityplanner.plan.model.readiness.AreaInfo;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the plan checks need to know about the profile: whether each target area has a boundary and a
 * positioning, and the province's own development-plan strategies.
 */
final class AreaFacts {

	private AreaFacts() {
	}

	static AreaInfo of(TargetAreaView area) {
		return new AreaInfo(area.name().th(), false, false);
	}

	static List<String> provincialStrategies(ProfileApi profile, ProvinceCode province) {
		return List.of();
	}
}
