package org.smartcityplanner.dashboard.domain;

import java.time.LocalDate;
import java.util.Collection;

import org.smartcityplanner.plan.PlanStatus;

/**
 * Derives stages. A province's own progress comes from its engagements and its master plan (one plan per
 * province); a target area adds its certification, which is awarded per area outside this application. A
 * province stands at the furthest stage of its own progress and of its areas.
 */
public final class StageRule {

	private StageRule() {
	}

	/**
	 * The province's progress before any certification.
	 *
	 * @param engaged whether an engagement is open
	 * @param plan the master plan's status, {@code null} when there is no plan
	 */
	public static Stage progress(boolean engaged, PlanStatus plan) {
		if (plan != null) {
			return switch (plan) {
				case DRAFT, IN_REVIEW -> Stage.DRAFT_PLAN;
				case SUBMITTED, APPROVED -> Stage.SUBMITTED;
			};
		}
		return engaged ? Stage.ENGAGED : Stage.NO_ENGAGEMENT;
	}

	/**
	 * A target area's stage: renewed or certified when the register says so as of {@code today} (a date in the
	 * future does not count yet), otherwise its province's progress.
	 *
	 * @param provinceProgress see {@link #progress(boolean, PlanStatus)}
	 * @param certifiedOn the day the mark was awarded, {@code null} when the register has no entry
	 * @param renewedOn the day it was renewed, {@code null} when not renewed
	 */
	public static Stage area(Stage provinceProgress, LocalDate certifiedOn, LocalDate renewedOn, LocalDate today) {
		if (certifiedOn != null && !certifiedOn.isAfter(today)) {
			boolean renewed = renewedOn != null && !renewedOn.isAfter(today);
			return renewed ? Stage.RENEWED : Stage.CERTIFIED;
		}
		return provinceProgress;
	}

	/** The province's stage: the furthest of its own progress and its areas' stages. */
	public static Stage province(Stage provinceProgress, Collection<Stage> areaStages) {
		Stage furthest = provinceProgress;
		for (Stage area : areaStages) {
			furthest = furthest.max(area);
		}
		return furthest;
	}

	/** Whether an engagement that runs until {@code endDate} is still open on {@code today}. */
	public static boolean open(LocalDate endDate, LocalDate today) {
		return endDate == null || !endDate.isBefore(today);
	}
}
