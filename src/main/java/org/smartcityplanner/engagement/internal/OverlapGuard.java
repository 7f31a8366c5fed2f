package org.smartcityplanner.engagement.internal;

import org.smartcityplanner.engagement.domain.lifecycle.EngagementPeriod;
import org.smartcityplanner.engagement.domain.lifecycle.LifecycleRules;
import org.smartcityplanner.shared.ProvinceCode;

/** Feeds the province's other engagements to the overlap rule; every path that sets a period goes through it. */
final class OverlapGuard {

	void requireNoOverlap(EngagementRepository engagements, Long selfId, ProvinceCode province,
			EngagementPeriod period) {
		LifecycleRules.requireNoOverlap(selfId, period,
				engagements.findByProvinceCodeOrderByStartDateDesc(province.value()).stream()
					.map(other -> new LifecycleRules.Existing(other.id, other.name, other.period(),
							other.lifecycleStatus()))
					.toList());
	}
}
