package org.smartcityplanner.monitoring;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of KPI follow-up: approved values only (submitted or returned ones never leave this
 * module) and each KPI's standing against its yearly target. Callers reach it through province-scoped routes or
 * public pages, so it does not check scope itself.
 */
public interface MonitoringApi {

	/** Every approved value of the province's plan KPIs, by KPI, then period. */
	List<ApprovedKpiValue> approvedValues(ProvinceCode province);

	/** The approved values of one KPI, oldest period first. */
	List<ApprovedKpiValue> approvedValues(ProvinceCode province, String kpiId);

	/** The standing of every KPI of the approved plan that has an approved value. */
	List<KpiStanding> standings(ProvinceCode province);
}
