package org.smartcityplanner.plan.model.alignment;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;

/**
 * A goal, strategy or project with what it aligns with, flattened from the goal tree.
 *
 * @param item the item as the matrix shows it
 * @param dimension the goal's dimension code; {@code null} for strategies and projects
 * @param alignment its own alignment, never {@code null}
 */
record PlanItem(AlignedItem item, String dimension, Alignment alignment) {

	/** Every goal, strategy and project of the plan in document order: a goal, then its strategies and projects. */
	static List<PlanItem> of(PlanDocument plan) {
		List<PlanItem> items = new ArrayList<>();
		for (Goal goal : plan.goals()) {
			items.add(new PlanItem(new AlignedItem(AlignedKind.GOAL, goal.id(), goal.title()), goal.dimension(),
					orNone(goal.alignment())));
			for (Strategy strategy : goal.strategies()) {
				items.add(new PlanItem(new AlignedItem(AlignedKind.STRATEGY, strategy.id(), strategy.title()), null,
						orNone(strategy.alignment())));
				for (Project project : strategy.projects()) {
					items.add(new PlanItem(new AlignedItem(AlignedKind.PROJECT, project.id(), project.name()), null,
							orNone(project.alignment())));
				}
			}
		}
		return items;
	}

	/** Whether it links to this code of this list. */
	boolean alignsWith(CatalogueList list, String code) {
		return list == CatalogueList.DIMENSION ? code.equals(dimension) : list.codesIn(alignment).contains(code);
	}

	AlignedKind kind() {
		return item.kind();
	}

	private static Alignment orNone(Alignment alignment) {
		return alignment == null ? Alignment.NONE : alignment;
	}
}
