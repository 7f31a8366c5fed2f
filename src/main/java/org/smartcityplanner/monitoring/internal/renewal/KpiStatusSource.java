package org.smartcityplanner.monitoring.internal.renewal;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;


/**
 * Where renewal readiness and the public progress page read the KPIs from: per KPI of the province's plan, its
 * latest APPROVED value and its status. Only approved values may come through this port (the public page shows
 * what it returns). {@link ApprovedKpiStatusSource} answers from KPI follow-up's approved values.
 */
public interface KpiStatusSource {

	/** The province's KPIs in plan order; empty without a plan. */
	List<KpiStanding> standings(ProvinceCode province);
}
