package org.smartcityplanner.actionplan.rules;

/**
 * A scoring criterion. Every project gets a score of 0–10 on each; the weighted sum ranks projects for the
 * optimiser.
 */
public enum Criterion {

	/** Alignment with national and provincial plans. */
	ALIGNMENT,
	/** Contribution to the plan's KPIs. */
	KPI_CONTRIBUTION,
	/** Readiness to start (design, land, agency). */
	READINESS,
	/** Public support, filled in by the participation module once its votes are in. */
	PUBLIC_SUPPORT,
	/** Equity between target areas. */
	AREA_EQUITY,
	/** Value for money. */
	COST_EFFECTIVENESS
}
