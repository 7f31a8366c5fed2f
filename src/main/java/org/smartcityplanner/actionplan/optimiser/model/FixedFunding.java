package org.smartcityplanner.actionplan.optimiser.model;

/**
 * A funding amount already decided by the users: when a candidate carries fixed funding, the optimiser only
 * decides whether (and when) to fund it, not how to split it. The amounts of each project year must add up to
 * that year's cost, otherwise the problem is invalid ({@link ProblemCode#FUNDING_SPLIT_MISMATCH}).
 *
 * @param sourceCode the paying source
 * @param yearIndex project year, {@code 0} is the start year (the split moves with a shifted start)
 * @param satang amount
 */
public record FixedFunding(String sourceCode, int yearIndex, long satang) {
}
