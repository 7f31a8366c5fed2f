package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.plan.PlanChecks;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.diff.ItemChange;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The checks the plan module's own pages and REST API run, beyond the {@link PlanChecks} other modules use: the
 * checks of a province's current plan and the changes between two versions. Internal to the module (Spring Modulith
 * does not expose {@code internal}).
 */
public interface PlanCheckUseCases extends PlanChecks {

	/** The readiness check of the province's current plan, if it has one. */
	Optional<ReadinessReport> readiness(ProvinceCode province);

	/** Alignment coverage and gaps of the current plan, if it has one. */
	Optional<AlignmentAnalysis> alignment(ProvinceCode province);

	/**
	 * Changes from one saved version to another, or to the current plan when {@code toVersionId} is empty.
	 *
	 * @return empty when a version does not exist in this province's plan
	 */
	Optional<List<ItemChange>> diff(ProvinceCode province, long fromVersionId, Optional<Long> toVersionId);
}
