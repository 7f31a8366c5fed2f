package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;

/**
 * Reads a plan's chapters, treating a plan without any as one whose chapters are all unwritten.
 */
final class Sections {

	private Sections() {
	}

	static PlanSections of(PlanDocument plan) {
		return plan.sections() == null ? PlanSections.EMPTY : plan.sections();
	}
}
