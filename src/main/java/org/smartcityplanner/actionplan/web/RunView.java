package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintKind;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.EnvelopeUse;
import org.smartcityplanner.actionplan.optimiser.model.Exclusion;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.optimiser.model.ZeroScoreProjects;

/**
 * A run as its page shows it: chosen projects with their funding, each excluded project with its reasons,
 * binding constraints, the conflict of an infeasible problem, and the greedy baseline next to it.
 *
 * @param run the run
 * @param selected chosen projects
 * @param excluded projects left out, with reasons
 * @param binding constraints that limit the portfolio
 * @param conflict when infeasible, the rules that cannot hold together
 * @param problems when the input is invalid, what is wrong
 * @param envelopes use of every envelope
 * @param greedy the greedy portfolio's project ids, or {@code null}
 * @param greedyOnly projects greedy funds and the optimiser does not
 * @param optimiserOnly projects the optimiser funds and greedy does not
 * @param greedyUnmet rules the greedy portfolio breaks
 */
record RunView(OptimiserRun run, List<Row> selected, List<Row> excluded, List<String> binding, List<String> conflict,
		List<String> problems, List<EnvelopeRow> envelopes, Set<String> greedy, List<String> greedyOnly,
		List<String> optimiserOnly, List<String> greedyUnmet) {

	/**
	 * A project row.
	 *
	 * @param id project id
	 * @param name project name
	 * @param score weighted score
	 * @param cost total cost in satang
	 * @param startYear chosen (or planned) start year
	 * @param bySource funding per source over all years, satang
	 * @param reasons why it is left out (excluded rows); for a funded project that scores nothing, the rules that
	 *        need it
	 * @param mandatory whether it was mandatory in the run
	 */
	record Row(String id, String name, BigDecimal score, long cost, int startYear, Map<String, Long> bySource,
			List<String> reasons, boolean mandatory) {
	}

	/**
	 * One envelope's use.
	 *
	 * @param source source name
	 * @param sourceCode source code
	 * @param year fiscal year
	 * @param envelope the envelope, satang
	 * @param used used, satang
	 * @param binding whether it limits the portfolio, by {@link EnvelopeBinding}'s rule (used at least 99.5 %)
	 */
	record EnvelopeRow(String source, String sourceCode, int year, long envelope, long used, boolean binding) {

		/** The share used, percent with one decimal ({@code null} for an envelope of nothing). */
		public java.math.BigDecimal usedPercent() {
			return EnvelopeBinding.usedPercent(envelope, used);
		}
	}

	static RunView of(OptimiserRun run, Explanations explain) {
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		if (run.inputs() != null) {
			run.inputs().problem().candidates().forEach(candidate -> candidates.put(candidate.projectId(), candidate));
		}
		PortfolioResult result = run.result();
		if (result == null) {
			return new RunView(run, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
					List.of(), List.of());
		}
		List<Row> selected = new ArrayList<>();
		for (SelectedProject chosen : result.selected()) {
			Candidate candidate = candidates.get(chosen.projectId());
			Map<String, Long> bySource = new LinkedHashMap<>();
			for (Funding funding : chosen.funding()) {
				bySource.merge(funding.sourceCode(), funding.satang(), Long::sum);
			}
			selected.add(new Row(chosen.projectId(), explain.project(chosen.projectId()),
					candidate == null ? null : candidate.score(), chosen.totalSatang(), chosen.startYear(), bySource,
					neededBy(run, result, chosen, explain), candidate != null && candidate.mandatory()));
		}
		selected.sort(Comparator.comparing(Row::name));
		List<Row> excluded = new ArrayList<>();
		for (Exclusion exclusion : result.exclusions()) {
			Candidate candidate = candidates.get(exclusion.projectId());
			excluded.add(new Row(exclusion.projectId(), explain.project(exclusion.projectId()),
					candidate == null ? null : candidate.score(), candidate == null ? 0 : candidate.totalCost(),
					candidate == null ? 0 : candidate.earliestStart(), Map.of(), ReasonLines.of(exclusion.reasons(), explain),
					candidate != null && candidate.mandatory()));
		}
		List<EnvelopeRow> envelopes = new ArrayList<>();
		for (EnvelopeUse use : result.envelopeUse()) {
			if (use.envelopeSatang() > 0 || use.usedSatang() > 0) {
				envelopes.add(new EnvelopeRow(explain.source(use.sourceCode()), use.sourceCode(), use.fiscalYear(),
						use.envelopeSatang(), use.usedSatang(),
						EnvelopeBinding.binds(use.envelopeSatang(), use.usedSatang())));
			}
		}
		Set<String> greedy = null;
		List<String> greedyOnly = List.of();
		List<String> optimiserOnly = List.of();
		List<String> greedyUnmet = List.of();
		if (run.greedy() != null) {
			greedy = new LinkedHashSet<>();
			for (SelectedProject chosen : run.greedy().selected()) {
				greedy.add(chosen.projectId());
			}
			Set<String> optimiser = new LinkedHashSet<>();
			result.selected().forEach(chosen -> optimiser.add(chosen.projectId()));
			Set<String> greedySet = greedy;
			greedyOnly = greedySet.stream().filter(id -> !optimiser.contains(id)).map(explain::project).sorted().toList();
			optimiserOnly = optimiser.stream().filter(id -> !greedySet.contains(id)).map(explain::project).sorted().toList();
			greedyUnmet = explain.constraints(run.greedy().unmet());
		}
		// envelopes limit the portfolio by the page's stated rule, the same one the envelope table marks; the other
		// limiting conditions (minimum shares, groups, ...) come from the explainer
		List<ConstraintRef> binding = new ArrayList<>();
		envelopes.stream().filter(EnvelopeRow::binding)
			.forEach(row -> binding.add(ConstraintRef.envelope(row.sourceCode(), row.year())));
		result.binding().stream().filter(ref -> ref.kind() != ConstraintKind.SOURCE_ENVELOPE).forEach(binding::add);
		return new RunView(run, selected, excluded, explain.constraints(binding),
				explain.constraints(result.conflict()), explain.problems(result.inputProblems()), envelopes, greedy,
				greedyOnly, optimiserOnly, greedyUnmet);
	}

	/** The rules a funded project that scores nothing is kept for (empty for any other project). */
	private static List<String> neededBy(OptimiserRun run, PortfolioResult result, SelectedProject chosen,
			Explanations explain) {
		if (run.inputs() == null) {
			return List.of();
		}
		return explain.constraints(
				ZeroScoreProjects.neededBy(run.inputs().problem(), result.selected(), chosen.projectId()));
	}

	/** Funded total of the portfolio, satang. */
	public long fundedTotal() {
		return selected.stream().mapToLong(Row::cost).sum();
	}

	/** The optimiser's objective over greedy's, e.g. 1.08; {@code null} without both. */
	public BigDecimal ratioToGreedy() {
		if (run.result() == null || run.greedy() == null || run.result().objective() == null
				|| run.greedy().objective() == null || run.greedy().objective().signum() == 0) {
			return null;
		}
		return run.result().objective().divide(run.greedy().objective(), 3, java.math.RoundingMode.HALF_EVEN);
	}

	/** The gap to the solver's bound as a percentage, or a dash when unknown. */
	public String gap() {
		if (run.result() == null || Double.isNaN(run.result().relativeGap())
				|| Double.isInfinite(run.result().relativeGap())) {
			return "–";
		}
		return BigDecimal.valueOf(run.result().relativeGap() * 100).setScale(2, java.math.RoundingMode.HALF_EVEN)
			.toPlainString() + " %";
	}
}
