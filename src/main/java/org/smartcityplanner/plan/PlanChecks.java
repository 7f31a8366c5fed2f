package org.smartcityplanner.plan;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;

/**
 * What other modules check a plan document against: the committee's readiness criteria and alignment with national
 * and provincial plans (the master-plan book prints both for the version it prints).
 */
public interface PlanChecks {

	/**
	 * The readiness check of a plan document the caller already holds: the current plan a page has loaded, or a
	 * saved version (the book checks the version it prints). The document names its province, which is all the
	 * check needs besides the items (the province's target areas come from its profile).
	 */
	ReadinessReport readiness(PlanDocument document);

	/** Alignment coverage and gaps of a plan document the caller already holds (see {@link #readiness}). */
	AlignmentAnalysis alignment(PlanDocument document);
}
