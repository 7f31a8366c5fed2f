package org.smartcityplanner.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.ProjectBudget;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;

class DependencyCyclesTests {

	@Test
	void aLinkThatClosesALongCycleNamesEveryProjectOnIt() {
		List<CandidateProject> projects = List.of(project("a", null), project("b", "a"), project("c", "b"));
		assertThat(DependencyCycles.cycleThrough("a", "c", projects))
			.containsExactly("โครงการ a", "โครงการ c", "โครงการ b", "โครงการ a");
	}

	@Test
	void aChainWithoutACycleIsFineButDependingOnItselfIsACycle() {
		List<CandidateProject> projects = List.of(project("a", null), project("b", "a"), project("c", null));
		assertThat(DependencyCycles.cycleThrough("c", "b", projects)).isEmpty();
		assertThat(DependencyCycles.cycleThrough("a", "a", projects)).containsExactly("โครงการ a", "โครงการ a");
	}

	private static CandidateProject project(String id, String dependsOn) {
		return new CandidateProject(id, "โครงการ " + id, "ENV", "", Set.of(), Map.of(),
				new ProjectBudget(id, new ProjectSettings(null, false, "", dependsOn, 0), BudgetSheet.empty(), Map.of(), 1),
				BigDecimal.ZERO);
	}
}
