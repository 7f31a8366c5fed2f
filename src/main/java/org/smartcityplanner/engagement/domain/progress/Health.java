package org.smartcityplanner.engagement.domain.progress;

/**
 * How an open engagement is doing; the rule is {@link #of(long, long, long, long, long)} and is shown on the
 * portfolio page.
 */
public enum Health {
	/** Nothing overdue and deliverables keep pace with the calendar. */
	ON_TRACK,
	/** Nothing overdue yet, but deliverables lag the calendar by more than {@link #LAG_POINTS} points. */
	AT_RISK,
	/** At least one deliverable or milestone is past its due date and not done. */
	LATE,
	/** Closed: no longer judged. */
	CLOSED;

	/** Allowed lag of the share of deliverables done behind the share of days elapsed, in percentage points. */
	public static final int LAG_POINTS = 20;

	/**
	 * The health of an open engagement.
	 *
	 * @param daysElapsed days worked so far
	 * @param totalDays days of the period
	 * @param deliverablesDone deliverables approved
	 * @param deliverables deliverables in the work plan
	 * @param late deliverables and milestones past due and not done
	 */
	public static Health of(long daysElapsed, long totalDays, long deliverablesDone, long deliverables, long late) {
		if (late > 0) {
			return LATE;
		}
		if (totalDays <= 0 || deliverables == 0) {
			return ON_TRACK;
		}
		// integer arithmetic in percent of (days × deliverables) keeps the rule exact: no rounding at the border
		long timePercentTimesDeliverables = 100 * daysElapsed * deliverables;
		long donePercentTimesDays = 100 * deliverablesDone * totalDays;
		long lagAllowed = (long) LAG_POINTS * totalDays * deliverables;
		return timePercentTimesDeliverables - donePercentTimesDays > lagAllowed ? AT_RISK : ON_TRACK;
	}
}
