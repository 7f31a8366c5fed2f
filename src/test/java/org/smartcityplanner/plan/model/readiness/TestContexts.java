package org.smartcityplanner.plan.model.readiness;

import java.util.List;
import java.util.Map;

/**
 * Readiness contexts for tests.
 */
final class TestContexts {

	private TestContexts() {
	}

	/** A working group of every sector, a meeting with minutes and public input. */
	static final ParticipationFacts FULL_PARTICIPATION = new ParticipationFacts(24, List.of(), 2, 150);

	/**
	 * The seven dimensions, the committee's defaults, one complete target area (id 1) and full participation.
	 */
	static ReadinessContext ready() {
		return ReadinessContext.withDefaults(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, true, true)),
				FULL_PARTICIPATION);
	}

	/** These areas and full participation, so that only the areas decide. */
	static ReadinessContext withAreas(Map<Long, AreaInfo> areas) {
		return ReadinessContext.withDefaults(areas, FULL_PARTICIPATION);
	}

	/** One complete target area and this participation record. */
	static ReadinessContext withParticipation(ParticipationFacts participation) {
		return ReadinessContext.withDefaults(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, true, true)),
				participation);
	}
}
