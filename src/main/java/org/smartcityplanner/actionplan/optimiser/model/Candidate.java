package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A project the optimiser may fund.
 *
 * @param projectId stable id of the plan project (a UUID as text, or any unique text)
 * @param dimensionCode smart dimension code (e.g. {@code ENV}, {@code ECO}); used by dimension minimums
 * @param areaIds target areas the project serves; the project counts fully towards each of them
 * @param score weighted score, {@code >= 0}, at most three decimal places (the solver works in thousandths)
 * @param costProfile cost in satang of each project year: index 0 is the start year, its size the duration
 * @param mandatory whether the project must be funded
 * @param earliestStart earliest start fiscal year (B.E.)
 * @param latestStart latest start fiscal year (B.E.); equal to {@code earliestStart} when it may not shift.
 *        Every start year in the window must let the project end within the plan period.
 * @param fundingRules the sources that may fund the project, each with its cap and share rules
 * @param fixedFunding a split already decided per source and project year, or empty to let the optimiser
 *        split the cost between the eligible sources
 */
public record Candidate(String projectId, String dimensionCode, Set<String> areaIds, BigDecimal score,
		List<Long> costProfile, boolean mandatory, int earliestStart, int latestStart,
		List<FundingRule> fundingRules, List<FixedFunding> fixedFunding) {

	public Candidate {
		areaIds = Set.copyOf(areaIds);
		costProfile = List.copyOf(costProfile);
		fundingRules = List.copyOf(fundingRules);
		fixedFunding = List.copyOf(fixedFunding);
	}

	/**
	 * An optional project starting in {@code startYear} (no shifting), in no target area, without fixed funding.
	 */
	public static Candidate of(String projectId, String dimensionCode, String score, int startYear,
			List<Long> costProfile, List<FundingRule> fundingRules) {
		return new Candidate(projectId, dimensionCode, Set.of(), new BigDecimal(score), costProfile, false,
				startYear, startYear, fundingRules, List.of());
	}

	/** Number of fiscal years the project runs. */
	public int duration() {
		return costProfile.size();
	}

	/** Total cost over all project years in satang. */
	public long totalCost() {
		long sum = 0;
		for (long c : costProfile) {
			sum = Math.addExact(sum, c);
		}
		return sum;
	}

	/** Cost in a fiscal year when the project starts in {@code startYear}; 0 outside its run. */
	public long costIn(int fiscalYear, int startYear) {
		int index = fiscalYear - startYear;
		return index < 0 || index >= costProfile.size() ? 0 : costProfile.get(index);
	}

	/** The funding rule of a source, or {@code null} when the source may not fund this project. */
	public FundingRule ruleFor(String sourceCode) {
		for (FundingRule rule : fundingRules) {
			if (rule.sourceCode().equals(sourceCode)) {
				return rule;
			}
		}
		return null;
	}

	public Candidate withMandatory(boolean value) {
		return new Candidate(projectId, dimensionCode, areaIds, score, costProfile, value, earliestStart,
				latestStart, fundingRules, fixedFunding);
	}

	public Candidate withScore(BigDecimal value) {
		return new Candidate(projectId, dimensionCode, areaIds, value, costProfile, mandatory, earliestStart,
				latestStart, fundingRules, fixedFunding);
	}

	public Candidate withStartWindow(int earliest, int latest) {
		return new Candidate(projectId, dimensionCode, areaIds, score, costProfile, mandatory, earliest, latest,
				fundingRules, fixedFunding);
	}

	public Candidate withAreas(Set<String> areas) {
		return new Candidate(projectId, dimensionCode, areas, score, costProfile, mandatory, earliestStart,
				latestStart, fundingRules, fixedFunding);
	}

	public Candidate withFixedFunding(List<FixedFunding> split) {
		return new Candidate(projectId, dimensionCode, areaIds, score, costProfile, mandatory, earliestStart,
				latestStart, fundingRules, split);
	}
}
