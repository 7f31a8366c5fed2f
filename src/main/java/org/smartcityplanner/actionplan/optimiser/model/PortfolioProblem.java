package org.smartcityplanner.actionplan.optimiser.model;

import java.util.List;

/**
 * One optimisation problem: a plan period of consecutive fiscal years, the budget sources with their yearly
 * envelopes, the candidate projects, and the rules between them.
 *
 * @param firstYear first fiscal year of the plan period (B.E., e.g. 2570)
 * @param lastYear last fiscal year of the plan period (B.E., inclusive, {@code >= firstYear})
 * @param sources budget sources with their envelope per fiscal year
 * @param candidates projects that may be funded; project ids are unique
 * @param exclusiveGroups sets of candidates of which at most one may be funded
 * @param dependencies "B only if A, and B starts no earlier than A"
 * @param minimums minimum number of projects or share of budget per smart dimension or target area
 * @param options solver choice, time limit, seed
 */
public record PortfolioProblem(int firstYear, int lastYear, List<BudgetSource> sources, List<Candidate> candidates,
		List<ExclusiveGroup> exclusiveGroups, List<Dependency> dependencies, List<Minimum> minimums,
		SolverOptions options) {

	public PortfolioProblem {
		sources = List.copyOf(sources);
		candidates = List.copyOf(candidates);
		exclusiveGroups = List.copyOf(exclusiveGroups);
		dependencies = List.copyOf(dependencies);
		minimums = List.copyOf(minimums);
		options = options == null ? SolverOptions.defaults() : options;
	}

	/** A problem with only sources and candidates, no groups, dependencies or minimums, default options. */
	public static PortfolioProblem of(int firstYear, int lastYear, List<BudgetSource> sources,
			List<Candidate> candidates) {
		return new PortfolioProblem(firstYear, lastYear, sources, candidates, List.of(), List.of(), List.of(),
				SolverOptions.defaults());
	}

	/** Number of fiscal years in the plan period. */
	public int years() {
		return lastYear - firstYear + 1;
	}

	/** The same problem with other solver options (what-if re-runs, benchmarks). */
	public PortfolioProblem withOptions(SolverOptions newOptions) {
		return new PortfolioProblem(firstYear, lastYear, sources, candidates, exclusiveGroups, dependencies,
				minimums, newOptions);
	}

	public PortfolioProblem withSources(List<BudgetSource> newSources) {
		return new PortfolioProblem(firstYear, lastYear, newSources, candidates, exclusiveGroups, dependencies,
				minimums, options);
	}

	public PortfolioProblem withCandidates(List<Candidate> newCandidates) {
		return new PortfolioProblem(firstYear, lastYear, sources, newCandidates, exclusiveGroups, dependencies,
				minimums, options);
	}

	public PortfolioProblem withExclusiveGroups(List<ExclusiveGroup> groups) {
		return new PortfolioProblem(firstYear, lastYear, sources, candidates, groups, dependencies, minimums,
				options);
	}

	public PortfolioProblem withDependencies(List<Dependency> newDependencies) {
		return new PortfolioProblem(firstYear, lastYear, sources, candidates, exclusiveGroups, newDependencies,
				minimums, options);
	}

	public PortfolioProblem withMinimums(List<Minimum> newMinimums) {
		return new PortfolioProblem(firstYear, lastYear, sources, candidates, exclusiveGroups, dependencies,
				newMinimums, options);
	}
}
