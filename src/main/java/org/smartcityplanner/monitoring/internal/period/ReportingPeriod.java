package org.smartcityplanner.monitoring.internal.period;

import java.time.Instant;
import java.time.LocalDate;

import org.smartcityplanner.monitoring.domain.kpi.PeriodRules;
import org.smartcityplanner.monitoring.domain.kpi.PeriodState;
import org.smartcityplanner.monitoring.domain.kpi.Quarter;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A quarter in which owners report their KPIs. Every change of a value passes {@link #requireOpen()}.
 *
 * @param id database id
 * @param province the province
 * @param planId the approved plan it was generated for
 * @param quarter the fiscal quarter
 * @param dueOn last day to report
 * @param state planned, open or locked
 * @param openedAt when the coordinator opened it, or {@code null}
 * @param lockedAt when the coordinator locked it, or {@code null}
 * @param version optimistic-locking version
 */
public record ReportingPeriod(long id, ProvinceCode province, long planId, Quarter quarter, LocalDate dueOn,
		PeriodState state, Instant openedAt, Instant lockedAt, int version) {

	/** @throws org.smartcityplanner.shared.InvalidInputException unless the period is open */
	public void requireOpen() {
		PeriodRules.requireOpen(state);
	}

	public boolean isOpen() {
		return state == PeriodState.OPEN;
	}

	public boolean isLocked() {
		return state == PeriodState.LOCKED;
	}
}
