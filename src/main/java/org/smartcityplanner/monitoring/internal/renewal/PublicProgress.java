package org.smartcityplanner.monitoring.internal.renewal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the public progress page of a province shows: nothing personal (no person's or account's name, no
 * reporter's note) and no value that is not approved.
 *
 * @param planTitle the plan's title, empty without a plan
 * @param planApproved whether the plan is approved; its KPIs are shown only then
 * @param year the fiscal year whose targets are compared
 * @param kpis the plan's KPIs (empty while the plan is not approved)
 * @param projects the action plan's projects with their latest status
 */
public record PublicProgress(String planTitle, boolean planApproved, int year, List<PublicKpi> kpis,
		List<PublicProject> projects) {

	/**
	 * A KPI with this year's target and its latest approved value.
	 *
	 * @param name what is measured, in the page's language when translated
	 * @param dimension smart dimension code
	 * @param unit unit
	 * @param target this year's target, or {@code null}
	 * @param approvedValue the latest approved value, or {@code null}
	 * @param approvedPeriod its period, or {@code null}
	 * @param state status code
	 * @param shareOfTarget approved value as a percentage of the target (0–100 for the chart), or {@code null}
	 */
	public record PublicKpi(String name, String dimension, String unit, BigDecimal target, BigDecimal approvedValue,
			String approvedPeriod, KpiStanding.KpiState state, Integer shareOfTarget) {
	}

	/**
	 * A project with its status.
	 *
	 * @param name project name
	 * @param dimension smart dimension code
	 * @param agency responsible agency (an organisation, not a person)
	 * @param status status code, or {@code null} while not reported
	 * @param percentComplete 0–100
	 * @param period the period of the latest report, or {@code null}
	 * @param allocated baht allocated by the action plan
	 * @param disbursed baht disbursed to date
	 */
	public record PublicProject(String name, String dimension, String agency, String status, int percentComplete,
			String period, BigDecimal allocated, BigDecimal disbursed) {
	}
}
