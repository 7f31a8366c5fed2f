package org.smartcityplanner.engagement.internal.workplan;

import java.util.List;

/** The admin's work-plan template: phases, and their milestones and deliverables with offsets from signing. */
public interface WorkPlanTemplateUseCases {

	/** Every row, phases in order each followed by their items in order. */
	List<TemplateItem> items();

	/** Changes a row; refused naming the field when a value cannot be used. */
	TemplateItem update(long id, TemplateEdit edit);

	/**
	 * Adds a milestone or deliverable at the end of a phase, or (phaseId null, kind PHASE) a phase at the end.
	 */
	TemplateItem add(Long phaseId, String kind, TemplateEdit edit);

	/** Removes a row (a phase with its items); engagements already planned keep their items. */
	void remove(long id);
}
