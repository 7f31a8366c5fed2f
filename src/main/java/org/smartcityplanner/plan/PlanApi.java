package org.smartcityplanner.plan;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of a province's master plan: the current plan and its saved versions. Read-only: the
 * plan is written through the plan module's own pages and API only, which publish {@link ProjectAdded},
 * {@link ProjectChanged}, {@link ProjectRemoved}, {@link PlanStatusChanged} and {@link PlanVersionSaved} for
 * other modules to follow. Callers reach it through province-scoped routes, so it does not check scope itself.
 */
public interface PlanApi {

	/** The province's plan, if one was started. */
	Optional<LoadedPlan> plan(ProvinceCode province);

	/** Saved versions, newest first. */
	List<PlanVersionSummary> versions(ProvinceCode province);

	/** One saved version's document. */
	Optional<PlanDocument> version(ProvinceCode province, long versionId);
}
