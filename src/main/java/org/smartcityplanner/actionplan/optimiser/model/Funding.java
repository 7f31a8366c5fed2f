package org.smartcityplanner.actionplan.optimiser.model;

/**
 * Money a source pays towards a funded project in one fiscal year.
 *
 * @param sourceCode the paying source
 * @param fiscalYear B.E. fiscal year
 * @param satang amount, {@code > 0}
 */
public record Funding(String sourceCode, int fiscalYear, long satang) {
}
