package org.smartcityplanner.engagement.internal.workplan;

import java.util.List;
import java.util.Objects;

/**
 * An engagement with its work plan.
 *
 * @param engagement the engagement
 * @param items every item, phases in order each followed by their items by due date
 */
public record WorkPlan(PlannedEngagement engagement, List<WorkItem> items) {

	public WorkPlan {
		items = List.copyOf(items);
	}

	/** Whether the plan has been created. */
	public boolean exists() {
		return !items.isEmpty();
	}

	public List<WorkItem> phases() {
		return items.stream().filter(WorkItem::isPhase).toList();
	}

	/** Milestones and deliverables of the phase. */
	public List<WorkItem> itemsOf(WorkItem phase) {
		return items.stream().filter(i -> Objects.equals(i.parentId(), phase.id())).toList();
	}

	/** The item of this plan, if the id names one. */
	public java.util.Optional<WorkItem> item(long id) {
		return items.stream().filter(i -> i.id() == id).findFirst();
	}
}
