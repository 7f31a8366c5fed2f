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
		return new AreaInfo(area.name().th(), area.hasBoundary(),
				area.positioning() != null && !area.positioning().isBlank() && !area.leadDimensions().isEmpty(),
				area.cityType() != null);
	}

	static List<String> provincialStrategies(ProfileApi profile, ProvinceCode province) {
		return profile.strategiesOf(province).stream().map(strategy -> strategy.code()).toList();
	}
}
