package org.smartcityplanner.actionplan.optimiser.model;

import java.util.List;

/**
 * A funded project in a portfolio.
 *
 * @param projectId the candidate's id
 * @param startYear chosen start fiscal year (B.E.)
 * @param funding amounts per source and fiscal year (only non-zero ones); per year they add up to that year's
 *        cost
 */
public record SelectedProject(String projectId, int startYear, List<Funding> funding) {

	public SelectedProject {
		funding = List.copyOf(funding);
	}

	/** Total funding of this project from all sources over all years. */
	public long totalSatang() {
		return funding.stream().mapToLong(Funding::satang).sum();
	}

	/** Amount a source pays in a fiscal year, {@code 0} when none. */
	public long amount(String sourceCode, int fiscalYear) {
		return funding.stream()
			.filter(f -> f.sourceCode().equals(sourceCode) && f.fiscalYear() == fiscalYear)
			.mapToLong(Funding::satang)
			.sum();
	}
}
