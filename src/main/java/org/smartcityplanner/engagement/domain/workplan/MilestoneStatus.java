package org.smartcityplanner.engagement.domain.workplan;

/** A milestone is pending until it is reached; a milestone marked done by mistake can be reopened. */
public enum MilestoneStatus {

	PENDING, DONE;

	/** Whether the milestone may move from this status to the other (only to the other one). */
	public boolean canMoveTo(MilestoneStatus next) {
		return next != this;
	}
}
