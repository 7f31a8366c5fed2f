package org.smartcityplanner.participation;

import java.util.Map;

/**
 * A province's follow-up actions, counted once for every page and the API.
 *
 * @param byStatus how many actions in each status (every status listed, zero included)
 * @param overdue how many open or in-progress actions are past their due date
 */
public record ActionCounts(Map<ActionStatus, Integer> byStatus, int overdue) {

	public ActionCounts {
		byStatus = Map.copyOf(byStatus);
	}

	public int total() {
		return byStatus.values().stream().mapToInt(Integer::intValue).sum();
	}
}
