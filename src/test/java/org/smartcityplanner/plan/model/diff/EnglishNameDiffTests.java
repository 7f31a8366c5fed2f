package org.smartcityplanner.plan.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.TestPlans;

/** Translating a goal is a change the version diff shows, field by field like any other. */
class EnglishNameDiffTests {

	@Test
	void anEnglishTitleAddedToAGoalIsReported() {
		PlanDocument older = TestPlans.readyPlan();
		Goal goal = older.goals().get(0);
		Goal translated = new Goal(goal.id(), goal.dimension(), goal.title(), goal.description(), goal.strategies(),
				goal.alignment(), "Clean air");
		List<Goal> goals = new java.util.ArrayList<>(older.goals());
		goals.set(0, translated);
		PlanDocument newer = new PlanDocument(older.provinceCode(), older.title(), older.period(), older.vision(),
				older.missions(), goals, older.kpis(), older.sections());

		assertThat(PlanDiff.between(older, newer)).singleElement()
			.satisfies(change -> assertThat(change.fields()).containsExactly(new FieldChange("titleEn", "", "Clean air")));
	}
}
