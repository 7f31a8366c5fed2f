package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;

/**
 * A starting portfolio that meets the minimums, for the search to improve on: the greedy baseline does not pursue
 * minimums, and with a budget-share minimum (e.g. ECO at least 25 % of the funded cost) it almost never meets
 * them, so on a large problem the search started from nothing and found no portfolio in time.
 * <p>
 * While a minimum is unmet, the best project it covers (score per baht) that still fits is added; when none fits,
 * the weakest funded project it does not cover is dropped, which frees money and raises the minimum's share. A
 * dropped project is not taken back (no cycling). Then every project that still fits without breaking a share
 * is added ({@link GreedyPortfolio#fill}). The caller checks the answer independently.
 */
final class MinimumRepair {

	private final PortfolioProblem problem;
	private final Map<String, Candidate> byId;
	private final Map<String, SelectedProject> chosen = new LinkedHashMap<>();
	private final Map<String, Long> remaining = new HashMap<>();
	private final Set<String> dropped = new HashSet<>();
	private final List<Candidate> byScorePerBaht;

	private MinimumRepair(PortfolioProblem problem) {
		this.problem = problem;
		this.byId = new HashMap<>();
		problem.candidates().forEach(c -> byId.put(c.projectId(), c));
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				remaining.put(key(source.code(), year), source.envelope(year));
			}
		}
		this.byScorePerBaht = new ArrayList<>(problem.candidates());
		byScorePerBaht.sort(Comparator.comparing(GreedyPortfolio::scorePerSatang, Comparator.reverseOrder())
			.thenComparing(Candidate::projectId));
	}

	/**
	 * The start with its unmet minimums repaired and then filled up, or empty when it meets none of them by the
	 * deadline ({@link System#nanoTime()}) or gets stuck.
	 */
	static Optional<List<SelectedProject>> repaired(PortfolioProblem problem, List<SelectedProject> start,
			long deadline) {
		var repair = new MinimumRepair(problem);
		start.forEach(repair::add);
		int steps = 4 * problem.candidates().size() + 10;
		for (Minimum unmet = repair.firstUnmet(); unmet != null; unmet = repair.firstUnmet()) {
			if (--steps < 0 || System.nanoTime() > deadline
					|| !repair.addCoveredBy(unmet) && !repair.dropOneNotCoveredBy(unmet)) {
				return Optional.empty();
			}
		}
		return Optional.of(GreedyPortfolio.fill(problem, new ArrayList<>(repair.chosen.values())));
	}

	private Minimum firstUnmet() {
		for (Minimum m : problem.minimums()) {
			if (!PortfolioChecker.meets(m, problem, chosen.keySet())) {
				return m;
			}
		}
		return null;
	}

	/** Adds the best project the minimum covers that still fits; false when none does. */
	private boolean addCoveredBy(Minimum minimum) {
		for (Candidate c : byScorePerBaht) {
			if (minimum.covers(c) && !chosen.containsKey(c.projectId()) && !dropped.contains(c.projectId())
					&& !blockedByGroup(c)) {
				Optional<SelectedProject> placed = place(c);
				if (placed.isPresent()) {
					add(placed.get());
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Drops the weakest funded project the minimum does not cover, preferring one no other minimum covers (dropping
	 * an ECO project to raise MOB's share would lower ECO's); never a mandatory one, one another funded project
	 * needs, or one a count minimum it meets cannot spare. False when there is none.
	 */
	private boolean dropOneNotCoveredBy(Minimum minimum) {
		Set<String> needed = new HashSet<>();
		for (Dependency d : problem.dependencies()) {
			if (chosen.containsKey(d.projectId())) {
				needed.add(d.requiredProjectId());
			}
		}
		for (boolean spareOthers : new boolean[] { true, false }) {
			for (int i = byScorePerBaht.size() - 1; i >= 0; i--) {
				Candidate c = byScorePerBaht.get(i);
				if (chosen.containsKey(c.projectId()) && !c.mandatory() && !minimum.covers(c)
						&& !needed.contains(c.projectId()) && !(spareOthers && coveredByAnyMinimum(c))
						&& countsSpare(c)) {
					SelectedProject s = chosen.remove(c.projectId());
					s.funding().forEach(f -> remaining.merge(key(f.sourceCode(), f.fiscalYear()), f.satang(), Long::sum));
					dropped.add(c.projectId());
					return true;
				}
			}
		}
		return false;
	}

	private boolean coveredByAnyMinimum(Candidate c) {
		return problem.minimums().stream().anyMatch(m -> m.covers(c));
	}

	/** Whether every count minimum the portfolio meets still holds without the candidate. */
	private boolean countsSpare(Candidate c) {
		for (Minimum m : problem.minimums()) {
			if (m.minCount() > 0 && m.covers(c)) {
				long count = chosen.keySet().stream().filter(id -> m.covers(byId.get(id))).count();
				if (count <= m.minCount()) {
					return false;
				}
			}
		}
		return true;
	}

	private void add(SelectedProject s) {
		chosen.put(s.projectId(), s);
		for (Funding f : s.funding()) {
			remaining.merge(key(f.sourceCode(), f.fiscalYear()), -f.satang(), Long::sum);
		}
	}

	/** The candidate at its earliest start year that its required projects and the money left allow. */
	private Optional<SelectedProject> place(Candidate c) {
		int earliest = c.earliestStart();
		for (Dependency d : problem.dependencies()) {
			if (d.projectId().equals(c.projectId())) {
				SelectedProject required = chosen.get(d.requiredProjectId());
				if (required == null) {
					return Optional.empty();
				}
				earliest = Math.max(earliest, required.startYear());
			}
		}
		for (int start = earliest; start <= c.latestStart(); start++) {
			Optional<List<Funding>> split = ProjectFunding.split(problem, byId.get(c.projectId()), start,
					(source, year) -> remaining.getOrDefault(key(source, year), 0L));
			if (split.isPresent()) {
				return Optional.of(new SelectedProject(c.projectId(), start, split.get()));
			}
		}
		return Optional.empty();
	}

	private boolean blockedByGroup(Candidate c) {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (group.projectIds().contains(c.projectId()) && group.projectIds().stream().anyMatch(chosen::containsKey)) {
				return true;
			}
		}
		return false;
	}

	private static String key(String source, int year) {
		return source + "@" + year;
	}
}
