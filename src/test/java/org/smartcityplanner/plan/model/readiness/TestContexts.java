package org.smartcityplanner.plan.model.readiness;

import java.util.Map;

/**
 * Readiness contexts for tests.
 */
final class TestContexts {

	private TestContexts() {
	}

	/** The seven dimensions, the committee's defaults and one complete target area, id 1. */
	static ReadinessContext ready() {
		return withAreas(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, true, true)));
	}

	static ReadinessContext withAreas(Map<Long, AreaInfo> areas) {
		return ReadinessContext.withDefaults(areas);
	}
}
