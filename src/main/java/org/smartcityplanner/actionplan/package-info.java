/**
 * The annual action plan: budget sources and their rules, project budgets by fiscal year, category and source,
 * proposal forms per source, project scoring, the portfolio optimiser and the fiscal-year action plan adopted
 * from one of its runs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "reference", "profile", "identity",
		"audit", "plan", "plan :: model", "demo :: spi" })
package org.smartcityplanner.actionplan;
