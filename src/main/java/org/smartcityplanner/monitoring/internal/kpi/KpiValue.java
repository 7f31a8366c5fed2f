package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.Instant;

import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;

/**
 * A value reported for one KPI in one period.
 *
 * @param id database id
 * @param periodId the reporting period
 * @param kpiId the plan's KPI item id
 * @param actual the value
 * @param source where it comes from
 * @param note the owner's explanation, empty when none
 * @param status submitted, approved or returned
 * @param returnReason why the coordinator returned it, empty otherwise
 * @param submittedBy sign-in name of who submitted it
 * @param submittedAt when
 * @param decidedBy who approved or returned it, or {@code null}
 * @param decidedAt when, or {@code null}
 * @param version optimistic-locking version
 */
public record KpiValue(long id, long periodId, String kpiId, BigDecimal actual, String source, String note,
		ValueStatus status, String returnReason, String submittedBy, Instant submittedAt, String decidedBy,
		Instant decidedAt, int version) {

	public boolean approved() {
		return status == ValueStatus.APPROVED;
	}
}
