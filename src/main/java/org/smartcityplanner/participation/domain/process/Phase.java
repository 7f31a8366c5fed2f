package org.smartcityplanner.participation.domain.process;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One phase of the process.
 *
 * @param kind which phase
 * @param startsOn its first day, or {@code null} while not planned
 * @param endsOn its last day, or {@code null} while not planned
 * @param openTools the keys of the participation tools open to the public during it (e.g. {@code surveys})
 */
public record Phase(PhaseKind kind, LocalDate startsOn, LocalDate endsOn, Set<String> openTools) {

	public Phase {
		openTools = java.util.Collections.unmodifiableSet(new TreeSet<>(openTools));
	}

	/** Whether the day falls within the phase (both ends included). */
	public boolean includes(LocalDate day) {
		return startsOn != null && endsOn != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
