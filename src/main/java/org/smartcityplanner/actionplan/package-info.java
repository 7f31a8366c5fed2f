/**
 * The annual action plan: budget sources and their rules, project budgets by fiscal year, category and source,
 * proposal forms per source, project scoring, the portfolio optimiser and the fiscal-year action plan adopted
 * from one of its runs. It puts plan projects to participatory-budgeting ballots through participation's API and
 * turns their outcome ({@code BallotClosed}) into the projects' public-support scores.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "reference", "profile", "identity",
		"audit", "plan", "plan :: model", "participation", "demo :: spi" })
package org.smartcityplanner.actionplan;
