package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a problem's input before anything is solved, and names every problem found (not only the first), so a
 * user can fix them all at once.
 */
public final class ProblemValidator {

	/** Largest single amount accepted: ฿10 billion, which keeps every sum of the model far from overflow. */
	public static final long MAX_AMOUNT_SATANG = 1_000_000_000_000L;

	/** Longest plan period the optimiser accepts, in fiscal years. */
	public static final int MAX_YEARS = 10;

	/** Longest time limit accepted. */
	public static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(10);

	private static final BigDecimal MAX_SCORE = new BigDecimal("1000000");

	private ProblemValidator() {
	}

	/** Every problem of the input; empty when it can be solved. */
	public static List<InputProblem> validate(PortfolioProblem problem) {
		var problems = new ArrayList<InputProblem>();
		if (problem.lastYear() < problem.firstYear() || problem.years() > MAX_YEARS) {
			problems.add(new InputProblem(ProblemCode.INVALID_PERIOD, null, null, problem.firstYear(), 0, List.of(),
					problem.firstYear() + ".." + problem.lastYear()));
		}
		Duration limit = problem.options().timeLimit();
		if (limit.isZero() || limit.isNegative() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
			problems.add(InputProblem.of(ProblemCode.INVALID_TIME_LIMIT, null, limit.toString()));
		}
		Set<String> sourceCodes = validateSources(problem, problems);
		Set<String> projectIds = new HashSet<>();
		for (Candidate candidate : problem.candidates()) {
			validateCandidate(problem, candidate, sourceCodes, problems);
			if (candidate.projectId() != null && !projectIds.add(candidate.projectId())) {
				problems.add(InputProblem.of(ProblemCode.DUPLICATE_ID, candidate.projectId(), "candidate"));
			}
		}
		validateRelations(problem, projectIds, problems);
		return problems;
	}

	private static Set<String> validateSources(PortfolioProblem problem, List<InputProblem> problems) {
		Set<String> codes = new HashSet<>();
		for (BudgetSource source : problem.sources()) {
			if (isBlank(source.code())) {
				problems.add(InputProblem.of(ProblemCode.MISSING_ID, null, "source code"));
				continue;
			}
			if (!codes.add(source.code())) {
				problems.add(new InputProblem(ProblemCode.DUPLICATE_ID, null, source.code(), null, 0, List.of(),
						"source"));
			}
			source.envelopeByYear().forEach((year, satang) -> {
				if (satang == null || satang < 0) {
					problems.add(new InputProblem(ProblemCode.NEGATIVE_ENVELOPE, null, source.code(), year,
							satang == null ? 0 : satang, List.of(), "envelope"));
				}
				else if (satang > MAX_AMOUNT_SATANG) {
					problems.add(new InputProblem(ProblemCode.AMOUNT_TOO_LARGE, null, source.code(), year, satang,
							List.of(), "envelope"));
				}
			});
		}
		return codes;
	}

	private static void validateCandidate(PortfolioProblem problem, Candidate candidate, Set<String> sourceCodes,
			List<InputProblem> problems) {
		String id = candidate.projectId();
		if (isBlank(id)) {
			problems.add(InputProblem.of(ProblemCode.MISSING_ID, null, "project id"));
			return;
		}
		BigDecimal score = candidate.score();
		if (score == null || score.signum() < 0 || score.stripTrailingZeros().scale() > 3
				|| score.compareTo(MAX_SCORE) > 0) {
			problems.add(InputProblem.of(ProblemCode.INVALID_SCORE, id, String.valueOf(score)));
		}
		validateCosts(candidate, problems);
		if (candidate.earliestStart() > candidate.latestStart() || candidate.earliestStart() < problem.firstYear()
				|| candidate.latestStart() + Math.max(candidate.duration(), 1) - 1 > problem.lastYear()) {
			problems.add(new InputProblem(ProblemCode.START_WINDOW_OUTSIDE_PERIOD, id, null,
					candidate.latestStart(), 0, List.of(),
					candidate.earliestStart() + ".." + candidate.latestStart() + " +" + candidate.duration()));
		}
		Set<String> ruled = new HashSet<>();
		for (FundingRule rule : candidate.fundingRules()) {
			if (!sourceCodes.contains(rule.sourceCode())) {
				problems.add(new InputProblem(ProblemCode.UNKNOWN_REFERENCE, id, rule.sourceCode(), null, 0,
						List.of(), "funding rule"));
			}
			else if (!ruled.add(rule.sourceCode()) || rule.capSatang() < 0 || rule.minShareBasisPoints() < 0
					|| rule.maxShareBasisPoints() > FundingRule.ALL
					|| rule.minShareBasisPoints() > rule.maxShareBasisPoints()) {
				problems.add(new InputProblem(ProblemCode.INVALID_FUNDING_RULE, id, rule.sourceCode(), null,
						rule.capSatang(), List.of(), rule.toString()));
			}
		}
		validateFixedFunding(candidate, ruled, problems);
	}

	private static void validateCosts(Candidate candidate, List<InputProblem> problems) {
		String id = candidate.projectId();
		if (candidate.costProfile().isEmpty()) {
			problems.add(InputProblem.of(ProblemCode.EMPTY_COST_PROFILE, id, "cost profile"));
		}
		for (int i = 0; i < candidate.costProfile().size(); i++) {
			Long cost = candidate.costProfile().get(i);
			if (cost < 0) {
				problems.add(new InputProblem(ProblemCode.NEGATIVE_COST, id, null, i, cost, List.of(), "cost"));
			}
			else if (cost > MAX_AMOUNT_SATANG) {
				problems.add(new InputProblem(ProblemCode.AMOUNT_TOO_LARGE, id, null, i, cost, List.of(), "cost"));
			}
		}
	}

	private static void validateFixedFunding(Candidate candidate, Set<String> ruledSources,
			List<InputProblem> problems) {
		if (candidate.fixedFunding().isEmpty()) {
			return;
		}
		String id = candidate.projectId();
		long[] perYear = new long[candidate.duration()];
		for (FixedFunding part : candidate.fixedFunding()) {
			if (!ruledSources.contains(part.sourceCode())) {
				problems.add(new InputProblem(ProblemCode.UNKNOWN_REFERENCE, id, part.sourceCode(),
						part.yearIndex(), part.satang(), List.of(), "fixed funding without a funding rule"));
			}
			else if (part.yearIndex() < 0 || part.yearIndex() >= perYear.length || part.satang() < 0
					|| part.satang() > MAX_AMOUNT_SATANG) {
				problems.add(new InputProblem(ProblemCode.FUNDING_SPLIT_MISMATCH, id, part.sourceCode(),
						part.yearIndex(), part.satang(), List.of(), "fixed funding amount or year"));
			}
			else {
				perYear[part.yearIndex()] += part.satang();
			}
		}
		for (int i = 0; i < perYear.length; i++) {
			long cost = candidate.costProfile().get(i);
			if (perYear[i] != cost) {
				problems.add(new InputProblem(ProblemCode.FUNDING_SPLIT_MISMATCH, id, null, i, perYear[i] - cost,
						List.of(), "split " + perYear[i] + " vs cost " + cost));
			}
		}
	}

	private static void validateRelations(PortfolioProblem problem, Set<String> projectIds,
			List<InputProblem> problems) {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			for (String member : group.projectIds()) {
				if (!projectIds.contains(member)) {
					problems.add(new InputProblem(ProblemCode.UNKNOWN_REFERENCE, member, null, null, 0,
							List.of(String.valueOf(group.groupId())), "exclusive group"));
				}
			}
		}
		Map<String, List<String>> requires = new LinkedHashMap<>();
		for (Dependency dependency : problem.dependencies()) {
			boolean known = true;
			for (String ref : List.of(String.valueOf(dependency.projectId()),
					String.valueOf(dependency.requiredProjectId()))) {
				if (!projectIds.contains(ref)) {
					known = false;
					problems.add(new InputProblem(ProblemCode.UNKNOWN_REFERENCE, ref, null, null, 0, List.of(),
							"dependency"));
				}
			}
			if (known) {
				requires.computeIfAbsent(dependency.projectId(), k -> new ArrayList<>())
					.add(dependency.requiredProjectId());
			}
		}
		List<String> cycle = DependencyCycles.find(requires);
		if (!cycle.isEmpty()) {
			problems.add(new InputProblem(ProblemCode.DEPENDENCY_CYCLE, cycle.get(0), null, null, 0, cycle,
					String.join(" -> ", cycle)));
		}
		for (Minimum minimum : problem.minimums()) {
			if (minimum.scope() == null || isBlank(minimum.code()) || minimum.minCount() < 0
					|| minimum.minBudgetShareBasisPoints() < 0
					|| minimum.minBudgetShareBasisPoints() > FundingRule.ALL) {
				problems.add(new InputProblem(ProblemCode.INVALID_MINIMUM, null, null, null, 0,
						List.of(String.valueOf(minimum.code())), minimum.toString()));
			}
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Finds one cycle in the "requires" graph by depth-first search. */
	static final class DependencyCycles {

		private DependencyCycles() {
		}

		/** One cycle as a list of project ids (first repeated at the end), or empty when there is none. */
		static List<String> find(Map<String, List<String>> requires) {
			Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
			for (String start : requires.keySet()) {
				List<String> path = new ArrayList<>();
				List<String> cycle = visit(start, requires, state, path);
				if (!cycle.isEmpty()) {
					return cycle;
				}
			}
			return List.of();
		}

		private static List<String> visit(String node, Map<String, List<String>> requires,
				Map<String, Integer> state, List<String> path) {
			Integer seen = state.get(node);
			if (seen != null && seen == 2) {
				return List.of();
			}
			if (seen != null) {
				var cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
				cycle.add(node);
				return cycle;
			}
			state.put(node, 1);
			path.add(node);
			for (String next : requires.getOrDefault(node, List.of())) {
				List<String> cycle = visit(next, requires, state, path);
				if (!cycle.isEmpty()) {
					return cycle;
				}
			}
			path.remove(path.size() - 1);
			state.put(node, 2);
			return List.of();
		}
	}
}
