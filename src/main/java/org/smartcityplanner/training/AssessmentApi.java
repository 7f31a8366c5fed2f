package org.smartcityplanner.training;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of a cohort's assessment: its figures (the dashboard seeds its own from them). Tests and
 * surveys are taken through the training module's own pages only.
 */
public interface AssessmentApi {

	/** The cohort's figures: attendance, sector mix, scores, gain, satisfaction, eligibility. */
	CohortReport report(ProvinceCode province, long cohortId);
}
