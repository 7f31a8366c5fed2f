/**
 * The portfolio optimiser's framework-free model: the problem (candidates, budget sources with yearly
 * envelopes, exclusive groups, dependencies, minimums), the {@link PortfolioOptimiser} port, the result with
 * its explanations, and the pure rules around it (input validation, greedy baseline, explanations, run
 * comparison). Money is always in satang ({@code long}); fiscal years are B.E. years ({@code int}, 2570 runs
 * from 1 October 2026 to 30 September 2027). No solver library, Spring, servlet or JDBC type appears here.
 */
package org.smartcityplanner.actionplan.optimiser.model;
