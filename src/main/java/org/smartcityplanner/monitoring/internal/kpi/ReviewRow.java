package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;

import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;

/**
 * One KPI of a period as the coordinator reviews it.
 *
 * @param kpi the KPI
 * @param owner its owner, or {@code null} while none is named
 * @param ownerName the owner's display name, empty without owner
 * @param target the period year's target, or {@code null}
 * @param value the reported value, or {@code null} when not reported
 * @param status the value's standing against the target, or {@code null}
 */
public record ReviewRow(PlanKpi kpi, KpiOwner owner, String ownerName, BigDecimal target, KpiValue value,
		KpiStatus status) {

	/** Owned but not (validly) reported: no value, or a returned one. */
	public boolean notReported() {
		return owner != null && (value == null || value.status() == ValueStatus.RETURNED);
	}
}
