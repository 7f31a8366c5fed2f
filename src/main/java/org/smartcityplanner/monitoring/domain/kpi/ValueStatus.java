package org.smartcityplanner.monitoring.domain.kpi;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * Where a reported value is: submitted by its owner, approved by the coordinator (only then does it count
 * anywhere public), or returned with a reason for the owner to correct and submit again.
 */
public enum ValueStatus {
	SUBMITTED, APPROVED, RETURNED;

	/** The owner submits (again): allowed unless already approved. */
	public static ValueStatus resubmit(ValueStatus now) {
		if (now == APPROVED) {
			throw new InvalidInputException("monitoring.kpi.rule.alreadyApproved");
		}
		return SUBMITTED;
	}

	/** The coordinator approves or returns: only a submitted value. */
	public ValueStatus decide(boolean approve) {
		if (this != SUBMITTED) {
			throw new InvalidInputException("monitoring.kpi.rule.notSubmitted");
		}
		return approve ? APPROVED : RETURNED;
	}
}
