package org.smartcityplanner.participation;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.domain.process.Phase;

/**
 * A province's participation process: its four phases with their dates and open tools.
 *
 * @param phases one per phase kind, in order (without dates while not planned)
 * @param current the phase running today, if any
 * @param defined whether the province has set up its process (without one, every tool is open)
 * @param version the optimistic-locking version (0 before the first save)
 */
public record ParticipationProcess(List<Phase> phases, Optional<Phase> current, boolean defined, int version) {

	public ParticipationProcess {
		phases = List.copyOf(phases);
	}
}
