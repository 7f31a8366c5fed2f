package org.smartcityplanner.training;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of training's cohorts (the dashboard seeds its figures from them). Read-only: cohorts and
 * sessions are managed through the training module's own pages only. Callers reach it through province-scoped
 * routes; it only sees that province's cohorts.
 */
public interface CohortApi {

	/** The province's cohorts, newest start first. */
	List<Cohort> cohortsOf(ProvinceCode province);
}
