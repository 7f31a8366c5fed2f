/**
 * Annual action plans: budget sources and their envelopes, project budgets per fiscal year, project scoring
 * and the portfolio optimiser that chooses which projects to fund from which sources.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "plan", "profile", "reference", "identity",
		"shared", "audit" })
package org.smartcityplanner.actionplan;
