package org.smartcityplanner.actionplan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;

/**
 * How far the adopted run moved each project's start: the chosen start year less the first year of the cost
 * profile it was given (its earliest start). The run's funding is laid out in the moved years, so the cost of
 * an item must be read from the budget sheet's year {@code shift} years earlier; reading it from the run keeps
 * plans adopted before the shift was shown right too.
 */
final class AdoptedShifts {

	private AdoptedShifts() {
	}

	static List<ActionItem> applied(List<ActionItem> items, LongFunction<Optional<OptimiserRun>> runs) {
		Map<Long, Map<String, Integer>> byRun = new HashMap<>();
		return items.stream().map(item -> {
			if (item.runId() == null) {
				return item;
			}
			Map<String, Integer> shifts = byRun.computeIfAbsent(item.runId(),
					id -> runs.apply(id).map(AdoptedShifts::of).orElse(Map.of()));
			return item.withShiftYears(shifts.getOrDefault(item.projectId(), 0));
		}).toList();
	}

	/** The shift of every project the run funds. */
	static Map<String, Integer> of(OptimiserRun run) {
		if (run.result() == null || run.inputs() == null) {
			return Map.of();
		}
		Map<String, Integer> earliest = new HashMap<>();
		for (Candidate candidate : run.inputs().problem().candidates()) {
			earliest.put(candidate.projectId(), candidate.earliestStart());
		}
		Map<String, Integer> shifts = new HashMap<>();
		for (SelectedProject selected : run.result().selected()) {
			Integer first = earliest.get(selected.projectId());
			if (first != null) {
				shifts.put(selected.projectId(), selected.startYear() - first);
			}
		}
		return shifts;
	}
}
