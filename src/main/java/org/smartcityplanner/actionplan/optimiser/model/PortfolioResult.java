package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The answer of an optimiser run (or of the greedy baseline).
 *
 * @param status outcome
 * @param objective total score of the portfolio, {@code null} without one
 * @param bound best proven upper bound on the total score ({@code null} when unknown, e.g. greedy)
 * @param relativeGap (bound - objective) / objective: 0 when proven optimal, {@code NaN} when unknown,
 *        infinite when the objective is zero and the bound is not
 * @param solverName engine that produced it ({@code CP-SAT}, {@code SCIP}, {@code greedy}, ...)
 * @param solverVersion engine version (e.g. OR-Tools {@code 9.14.6206})
 * @param wallTime wall-clock time of the whole run, explanations included
 * @param options the options the run used (time limit, seed)
 * @param selected funded projects with start year and funding
 * @param exclusions every candidate not funded, with reasons
 * @param envelopeUse use of every source's envelope per fiscal year
 * @param binding constraints that limit the portfolio: full envelopes, minimums met exactly, exclusive
 *        groups and mandatory projects that cost score
 * @param conflict when infeasible, a smallest set of constraints a user can act on that cannot all hold
 *        together (removing any one of them makes the rest feasible)
 * @param inputProblems when invalid (or failed), what is wrong
 * @param unmet rules this portfolio does not satisfy (only the greedy baseline may leave minimums unmet)
 */
public record PortfolioResult(RunStatus status, BigDecimal objective, BigDecimal bound, double relativeGap,
		String solverName, String solverVersion, Duration wallTime, SolverOptions options,
		List<SelectedProject> selected, List<Exclusion> exclusions, List<EnvelopeUse> envelopeUse,
		List<ConstraintRef> binding, List<ConstraintRef> conflict, List<InputProblem> inputProblems,
		List<ConstraintRef> unmet) {

	public PortfolioResult {
		selected = List.copyOf(selected);
		exclusions = List.copyOf(exclusions);
		envelopeUse = List.copyOf(envelopeUse);
		binding = List.copyOf(binding);
		conflict = List.copyOf(conflict);
		inputProblems = List.copyOf(inputProblems);
		unmet = List.copyOf(unmet);
	}

	/** A result without a portfolio: invalid input or solver failure. */
	public static PortfolioResult invalid(RunStatus status, String solverName, String solverVersion,
			Duration wallTime, SolverOptions options, List<InputProblem> problems) {
		return new PortfolioResult(status, null, null, Double.NaN, solverName, solverVersion, wallTime, options,
				List.of(), List.of(), List.of(), List.of(), List.of(), problems, List.of());
	}

	/** The funded project with this id, if funded. */
	public Optional<SelectedProject> selection(String projectId) {
		return selected.stream().filter(s -> s.projectId().equals(projectId)).findFirst();
	}

	/** Whether the project is funded. */
	public boolean isSelected(String projectId) {
		return selection(projectId).isPresent();
	}

	/** The exclusion of a candidate not funded, if it is one. */
	public Optional<Exclusion> exclusion(String projectId) {
		return exclusions.stream().filter(e -> e.projectId().equals(projectId)).findFirst();
	}
}
