package org.smartcityplanner.participation.domain.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProcessRulesTests {

	static final LocalDate D = LocalDate.of(2026, 12, 1);
	static final Set<String> TOOLS = Set.of("surveys", "meetings");

	static List<Phase> phases(Phase... changed) {
		List<Phase> phases = new java.util.ArrayList<>(List.of(
				new Phase(PhaseKind.LISTEN, D, D.plusDays(9), Set.of("surveys", "meetings")),
				new Phase(PhaseKind.IDEAS, D.plusDays(10), D.plusDays(19), Set.of("surveys")),
				new Phase(PhaseKind.PRIORITISE, D.plusDays(20), D.plusDays(29), Set.of()),
				new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		for (Phase p : changed) {
			phases.set(p.kind().ordinal(), p);
		}
		return phases;
	}

	static List<String> check(List<Phase> phases) {
		return ProcessRules.check(phases, TOOLS).stream().map(p -> p.field() + ":" + p.messageKey()
			.replace("participation.process.", "")).toList();
	}

	@Test
	void acceptsFourPhasesInOrderWithKnownTools() {
		assertThat(check(phases())).isEmpty();
	}

	@Test
	void refusesOverlapsBackwardDatesHalfDatesAndUnknownTools() {
		assertThat(check(phases(new Phase(PhaseKind.IDEAS, D.plusDays(9), D.plusDays(19), Set.of()))))
			.containsExactly("IDEAS:overlaps");
		assertThat(check(phases(new Phase(PhaseKind.IDEAS, D.plusDays(19), D.plusDays(10), Set.of()))))
			.containsExactly("IDEAS:endBeforeStart");
		assertThat(check(phases(new Phase(PhaseKind.VALIDATE, D.plusDays(40), null, Set.of()))))
			.containsExactly("VALIDATE:bothDates");
		assertThat(check(phases(new Phase(PhaseKind.LISTEN, D, D, Set.of("ballots")))))
			.containsExactly("LISTEN:unknownTool");
		assertThat(check(phases().subList(0, 3))).containsExactly("null:allPhases");
		assertThat(check(List.of(phases().get(1), phases().get(0), phases().get(2), phases().get(3))))
			.containsExactly("null:allPhases");
	}

	@Test
	void aToolTakesInputOnlyDuringAPhaseThatOpensIt() {
		List<Phase> phases = phases();
		assertThat(ProcessRules.isOpen(phases, "meetings", D.plusDays(9))).isTrue();
		assertThat(ProcessRules.isOpen(phases, "meetings", D.plusDays(10))).isFalse();
		assertThat(ProcessRules.isOpen(phases, "surveys", D.plusDays(19))).isTrue();
		assertThat(ProcessRules.isOpen(phases, "surveys", D.plusDays(20))).isFalse();
		assertThat(ProcessRules.isOpen(phases, "surveys", D.minusDays(1))).as("before the process").isFalse();
		assertThat(ProcessRules.current(phases, D.plusDays(25))).map(Phase::kind).contains(PhaseKind.PRIORITISE);
		List<Phase> unplanned = List.of(new Phase(PhaseKind.LISTEN, null, null, Set.of()));
		assertThat(ProcessRules.isOpen(unplanned, "surveys", D)).as("no phase planned: no process").isTrue();
	}
}
