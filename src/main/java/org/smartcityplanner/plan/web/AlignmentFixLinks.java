package org.smartcityplanner.plan.web;

import java.util.List;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.alignment.AlignmentGap;
import org.smartcityplanner.plan.model.alignment.ExpectedAlignment;

/**
 * Where to go to close an alignment gap: the strategy or project that aligns with nothing, a new goal for a
 * dimension without one, and for a national item or provincial strategy nobody aligned with, the form of a goal
 * of the dimension that expects it (its alignment pickers are there), else the plan's first goal.
 */
final class AlignmentFixLinks {

	private AlignmentFixLinks() {
	}

	/**
	 * A gap with where to fix it.
	 *
	 * @param gap the gap
	 * @param fix path of the page to fix it
	 */
	record GapRow(AlignmentGap gap, String fix) {
	}

	static List<GapRow> rows(String provinceCode, List<AlignmentGap> gaps, AlignmentAnalysis analysis,
			PlanDocument plan) {
		return gaps.stream().map(gap -> new GapRow(gap, fix(provinceCode, gap, analysis, plan))).toList();
	}

	static String fix(String provinceCode, AlignmentGap gap, AlignmentAnalysis analysis, PlanDocument plan) {
		String base = "/p/" + provinceCode + "/plan";
		return switch (gap.type()) {
			case DIMENSION_WITHOUT_GOAL -> base + "/goals/new?dimension=" + gap.subject();
			case STRATEGY_ALIGNED_TO_NOTHING -> base + "/strategies/" + gap.subject();
			case PROJECT_ALIGNED_TO_NOTHING -> base + "/projects/" + gap.subject();
			case NATIONAL_ITEM_UNTOUCHED -> goalToAlign(base, plan,
					ExpectedAlignment.dimensionExpecting(gap.subject(), analysis.dimensions()).orElse(null));
			case PROVINCIAL_STRATEGY_UNTOUCHED -> goalToAlign(base, plan, null);
		};
	}

	private static String goalToAlign(String base, PlanDocument plan, String dimension) {
		return plan.goals().stream().filter(goal -> dimension == null || goal.dimension().equals(dimension))
			.findFirst().or(() -> plan.goals().stream().findFirst()).map(Goal::id)
			.map(id -> base + "/goals/" + id.value()).orElse(base + "/goals/new");
	}
}
