package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Turns the province's action-plan data into the optimiser's problem, and an earlier run's inputs plus a
 * what-if change into a new problem. Framework-free in spirit: plain data in, plain data out.
 */
final class ProblemBuilder {

	private ProblemBuilder() {
	}

	static RunInputs build(PlanPeriod period, List<CandidateProject> projects, List<SourceRule> rules,
			Map<String, Map<Integer, Baht>> envelopes, List<MinimumRule> minimums, Scoring scoring,
			RunRequest request) {
		int first = period.first().buddhistYear();
		int last = period.last().buddhistYear();
		List<BudgetSource> sources = rules.stream().map(rule -> new BudgetSource(rule.sourceCode(),
				satang(envelopes.getOrDefault(rule.sourceCode(), Map.of())), rule.multiYearAllowed())).toList();
		List<Candidate> candidates = new ArrayList<>();
		Map<String, Map<Criterion, BigDecimal>> scores = new LinkedHashMap<>();
		Set<String> ids = new java.util.HashSet<>();
		for (CandidateProject project : projects) {
			if (project.cost().satang() <= 0) {
				continue;
			}
			candidates.add(candidate(project, rules, last));
			scores.put(project.id(), project.budget().scores());
			ids.add(project.id());
		}
		Map<String, Set<String>> groups = new TreeMap<>();
		List<Dependency> dependencies = new ArrayList<>();
		for (CandidateProject project : projects) {
			if (!ids.contains(project.id())) {
				continue;
			}
			String group = project.budget().settings().exclusiveGroup();
			if (!group.isBlank()) {
				groups.computeIfAbsent(group, g -> new java.util.TreeSet<>()).add(project.id());
			}
			String required = project.budget().settings().dependsOn();
			if (required != null && ids.contains(required)) {
				dependencies.add(new Dependency(project.id(), required));
			}
		}
		List<ExclusiveGroup> exclusive = groups.entrySet().stream().filter(group -> group.getValue().size() > 1)
			.map(group -> new ExclusiveGroup(group.getKey(), group.getValue())).toList();
		List<Minimum> floors = minimums.stream().map(m -> new Minimum(Minimum.Scope.valueOf(m.scope()), m.code(),
				m.minCount(), m.minSharePercent() * 100)).toList();
		PortfolioProblem problem = new PortfolioProblem(first, last, sources, candidates, exclusive, dependencies,
				floors, options(request));
		return new RunInputs(problem, scores, scoring.weights());
	}

	/** An earlier run's inputs with the request's changes: envelopes, mandatory flags, weights, options. */
	static RunInputs whatIf(RunInputs base, RunRequest request) {
		PortfolioProblem problem = base.problem();
		List<BudgetSource> sources = new ArrayList<>();
		for (BudgetSource source : problem.sources()) {
			BudgetSource changed = source;
			for (Map.Entry<Integer, Baht> envelope : request.envelopes().getOrDefault(source.code(), Map.of()).entrySet()) {
				changed = changed.withEnvelope(envelope.getKey(), envelope.getValue().satang());
			}
			sources.add(changed);
		}
		Map<Criterion, BigDecimal> weights = base.weights();
		Scoring scoring = null;
		if (!request.weights().isEmpty()) {
			scoring = new Scoring(request.weights());
			weights = scoring.weights();
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Candidate candidate : problem.candidates()) {
			Candidate changed = candidate;
			Boolean mandatory = request.mandatory().get(candidate.projectId());
			if (mandatory != null) {
				changed = changed.withMandatory(mandatory);
			}
			if (scoring != null) {
				changed = changed.withScore(scoring.score(base.criterionScores().getOrDefault(candidate.projectId(), Map.of())));
			}
			candidates.add(changed);
		}
		return new RunInputs(problem.withSources(sources).withCandidates(candidates).withOptions(options(request)),
				base.criterionScores(), weights);
	}

	private static SolverOptions options(RunRequest request) {
		return SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(request.timeLimitSeconds()), request.seed());
	}

	private static Candidate candidate(CandidateProject project, List<SourceRule> rules, int lastYear) {
		TreeMap<FiscalYear, Baht> costs = new TreeMap<>(project.costByYear());
		costs.values().removeIf(amount -> amount.satang() == 0);
		int start = costs.firstKey().buddhistYear();
		int end = costs.lastKey().buddhistYear();
		List<Long> profile = new ArrayList<>();
		for (int year = start; year <= end; year++) {
			profile.add(costs.getOrDefault(new FiscalYear(year), Baht.ZERO).satang());
		}
		int latest = Math.max(start, Math.min(start + project.budget().settings().maxShiftYears(),
				lastYear - profile.size() + 1));
		List<FundingRule> funding = rules.stream()
			.filter(rule -> rule.funds(project.dimension(), project.budget().settings().type()))
			.map(rule -> new FundingRule(rule.sourceCode(),
					rule.maxPerProject() == null ? FundingRule.NO_CAP : rule.maxPerProject().satang(), 0,
					(100 - rule.coFundingPercent()) * 100))
			.toList();
		Set<String> areas = project.areaIds().stream().map(String::valueOf).collect(Collectors.toSet());
		return new Candidate(project.id(), project.dimension(), areas, project.weightedScore(), profile,
				project.budget().settings().mandatory(), start, latest, funding, fixed(project.budget().sheet(), start));
	}

	/** A split the users decided is kept as it is: the optimiser only decides whether and when to fund. */
	private static List<FixedFunding> fixed(BudgetSheet sheet, int start) {
		if (sheet.split().isEmpty() || sheet.total().satang() == 0 || !sheet.check().isEmpty()) {
			return List.of();
		}
		List<FixedFunding> fixed = new ArrayList<>();
		sheet.bySourceAndYear().forEach((source, years) -> years.forEach((year, amount) -> fixed
			.add(new FixedFunding(source, year.buddhistYear() - start, amount.satang()))));
		return fixed;
	}

	private static Map<Integer, Long> satang(Map<Integer, Baht> envelopes) {
		Map<Integer, Long> result = new HashMap<>();
		envelopes.forEach((year, amount) -> result.put(year, amount.satang()));
		return result;
	}
}
