package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local search after a solver stopped at its time limit: swaps one funded project for an excluded one with a
 * higher score when the money it frees (plus what is left) pays for it and every rule still holds. Only ever
 * raises the total score; the optimiser re-checks the result independently.
 */
public final class SwapImprovement {

	/** How many of the weakest funded projects are tried against each excluded one. */
	private static final int TRIES_PER_PROJECT = 40;

	private final PortfolioProblem problem;
	private final Map<String, Candidate> byId;
	private final Map<String, SelectedProject> chosen = new HashMap<>();
	private final Map<String, Long> remaining = new HashMap<>();
	private final Set<String> required = new HashSet<>();

	private SwapImprovement(PortfolioProblem problem, List<SelectedProject> portfolio) {
		this.problem = problem;
		this.byId = PortfolioChecker.candidatesById(problem);
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				remaining.put(key(source.code(), year), source.envelope(year));
			}
		}
		portfolio.forEach(this::add);
	}

	/** The portfolio after improving swaps, until none is found or the deadline ({@link System#nanoTime()}). */
	public static List<SelectedProject> improve(PortfolioProblem problem, List<SelectedProject> portfolio,
			long deadlineNanos) {
		var search = new SwapImprovement(problem, portfolio);
		search.run(deadlineNanos);
		return new ArrayList<>(search.chosen.values());
	}

	private void run(long deadlineNanos) {
		List<Candidate> excluded = new ArrayList<>();
		for (Candidate c : problem.candidates()) {
			if (!chosen.containsKey(c.projectId()) && c.score().signum() > 0) {
				excluded.add(c);
			}
		}
		excluded.sort(Comparator.comparing(Candidate::score).reversed());
		for (Candidate in : excluded) {
			if (System.nanoTime() > deadlineNanos) {
				return;
			}
			for (Candidate out : swapCandidates(in)) {
				if (trySwap(out, in)) {
					break;
				}
			}
		}
	}

	/** Funded projects worth less than {@code in} that could make room for it, weakest first. */
	private List<Candidate> swapCandidates(Candidate in) {
		Optional<String> rival = groupRival(in);
		if (rival.isPresent()) {
			Candidate out = byId.get(rival.get());
			return out.score().compareTo(in.score()) < 0 && removable(out) ? List.of(out) : List.of();
		}
		Set<String> sources = new HashSet<>();
		in.fundingRules().forEach(r -> sources.add(r.sourceCode()));
		List<Candidate> outs = new ArrayList<>();
		for (SelectedProject s : chosen.values()) {
			Candidate out = byId.get(s.projectId());
			if (out.score().compareTo(in.score()) < 0 && removable(out)
					&& s.funding().stream().anyMatch(f -> sources.contains(f.sourceCode()))) {
				outs.add(out);
			}
		}
		outs.sort(Comparator.comparing(Candidate::score));
		return outs.size() > TRIES_PER_PROJECT ? outs.subList(0, TRIES_PER_PROJECT) : outs;
	}

	private boolean removable(Candidate out) {
		return !out.mandatory() && !required.contains(out.projectId());
	}

	private Optional<String> groupRival(Candidate in) {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (group.projectIds().contains(in.projectId())) {
				for (String member : group.projectIds()) {
					if (chosen.containsKey(member)) {
						return Optional.of(member);
					}
				}
			}
		}
		return Optional.empty();
	}

	private boolean trySwap(Candidate out, Candidate in) {
		int earliest = in.earliestStart();
		for (Dependency d : problem.dependencies()) {
			if (d.projectId().equals(in.projectId())) {
				SelectedProject needed = chosen.get(d.requiredProjectId());
				if (needed == null || needed.projectId().equals(out.projectId())) {
					return false;
				}
				earliest = Math.max(earliest, needed.startYear());
			}
		}
		SelectedProject removed = chosen.get(out.projectId());
		remove(removed);
		for (int start = earliest; start <= in.latestStart(); start++) {
			var split = ProjectFunding.split(problem, in, start, (s, y) -> remaining.getOrDefault(key(s, y), 0L));
			if (split.isPresent()) {
				var added = new SelectedProject(in.projectId(), start, split.get());
				add(added);
				if (minimumsHold()) {
					return true;
				}
				remove(added);
			}
		}
		add(removed);
		return false;
	}

	private boolean minimumsHold() {
		for (Minimum m : problem.minimums()) {
			if (!PortfolioChecker.meets(m, problem, chosen.keySet())) {
				return false;
			}
		}
		return true;
	}

	private void add(SelectedProject s) {
		chosen.put(s.projectId(), s);
		s.funding().forEach(f -> remaining.merge(key(f.sourceCode(), f.fiscalYear()), -f.satang(), Long::sum));
		for (Dependency d : problem.dependencies()) {
			if (d.projectId().equals(s.projectId())) {
				required.add(d.requiredProjectId());
			}
		}
	}

	private void remove(SelectedProject s) {
		chosen.remove(s.projectId());
		s.funding().forEach(f -> remaining.merge(key(f.sourceCode(), f.fiscalYear()), f.satang(), Long::sum));
		required.clear();
		for (Dependency d : problem.dependencies()) {
			if (chosen.containsKey(d.projectId())) {
				required.add(d.requiredProjectId());
			}
		}
	}

	private static String key(String source, int year) {
		return source + "@" + year;
	}
}
