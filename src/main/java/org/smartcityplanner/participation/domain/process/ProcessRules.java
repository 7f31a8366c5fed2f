package org.smartcityplanner.participation.domain.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * The rules of a participation process: the four phases in their order, each with both dates or neither, an end
 * not before its start, and a phase starting only after the one before it ended (one phase at a time, so the
 * public always knows which tools are open); only known tools can be opened.
 */
public final class ProcessRules {

	private ProcessRules() {
	}

	/**
	 * @param phases one per {@link PhaseKind}, in order
	 * @param knownTools the keys of the tools that exist
	 */
	public static List<Problem> check(List<Phase> phases, Set<String> knownTools) {
		List<Problem> problems = new ArrayList<>();
		if (phases.size() != PhaseKind.values().length) {
			problems.add(Problem.of(null, "participation.process.allPhases"));
			return problems;
		}
		LocalDate previousEnd = null;
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			String field = phase.kind().name();
			if (phase.kind() != PhaseKind.values()[i]) {
				problems.add(Problem.of(null, "participation.process.allPhases"));
				return problems;
			}
			if ((phase.startsOn() == null) != (phase.endsOn() == null)) {
				problems.add(Problem.of(field, "participation.process.bothDates"));
			}
			else if (phase.startsOn() != null) {
				if (phase.endsOn().isBefore(phase.startsOn())) {
					problems.add(Problem.of(field, "participation.process.endBeforeStart"));
				}
				if (previousEnd != null && !phase.startsOn().isAfter(previousEnd)) {
					problems.add(Problem.of(field, "participation.process.overlaps"));
				}
				previousEnd = phase.endsOn();
			}
			for (String tool : phase.openTools()) {
				if (!knownTools.contains(tool)) {
					problems.add(Problem.of(field, "participation.process.unknownTool", tool));
				}
			}
		}
		return problems;
	}

	/** The phase running on the day, if any. */
	public static Optional<Phase> current(List<Phase> phases, LocalDate day) {
		return phases.stream().filter(p -> p.includes(day)).findFirst();
	}

	/**
	 * Whether a tool takes public input on the day: always when the province has planned no phase (a survey can
	 * run without a process), else only during a phase that opens it.
	 */
	public static boolean isOpen(List<Phase> phases, String tool, LocalDate day) {
		if (phases.stream().noneMatch(p -> p.startsOn() != null)) {
			return true;
		}
		return current(phases, day).map(p -> p.openTools().contains(tool)).orElse(false);
	}
}
