package org.smartcityplanner.plan;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.diff.ItemChange;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the plan is checked against: the committee's readiness criteria, alignment with national and provincial
 * plans, and the changes between two versions.
 */
public interface PlanChecks {

	/** The readiness check of the province's current plan, if it has one. */
	Optional<ReadinessReport> readiness(ProvinceCode province);

	/** Alignment coverage and gaps of the current plan, if it has one. */
	Optional<AlignmentAnalysis> alignment(ProvinceCode province);

	/**
	 * The readiness check of a plan document the caller already holds: the current plan a page has loaded, or a
	 * saved version (the book checks the version it prints). The document names its province, which is all the
	 * check needs besides the items (the province's target areas come from its profile).
	 */
	ReadinessReport readiness(PlanDocument document);

	/** Alignment coverage and gaps of a plan document the caller already holds (see {@link #readiness}). */
	AlignmentAnalysis alignment(PlanDocument document);

	/**
	 * Changes from one saved version to another, or to the current plan when {@code toVersionId} is empty.
	 *
	 * @return empty when a version does not exist in this province's plan
	 */
	Optional<List<ItemChange>> diff(ProvinceCode province, long fromVersionId, Optional<Long> toVersionId);
}
