package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a portfolio by re-checking it against the problem: for each candidate left out, the reasons a user
 * can act on; for each envelope, whether it limits the portfolio; and which minimums and groups bind. It does
 * not trust the solver: every reason is computed from the problem and the portfolio alone, with the other
 * projects' funding as chosen.
 */
public final class SolutionExplainer {

	/** Exclusions, envelope use and binding constraints of a portfolio. */
	public record Explained(List<Exclusion> exclusions, List<EnvelopeUse> envelopeUse, List<ConstraintRef> binding) {
	}

	private final PortfolioProblem problem;
	private final RunStatus status;
	private final Map<String, SelectedProject> chosen = new HashMap<>();
	private final Map<String, Candidate> byId;
	private final Map<String, Long> remaining = new HashMap<>();
	/** For each source@year, the funded project with the lowest score per baht paid from it. */
	private final Map<String, Candidate> weakestFunded = new HashMap<>();
	private final Set<String> blockingEnvelopes = new HashSet<>();
	private final Set<ConstraintRef> bindingGroups = new LinkedHashSet<>();

	private SolutionExplainer(PortfolioProblem problem, List<SelectedProject> portfolio, RunStatus status) {
		this.problem = problem;
		this.status = status;
		this.byId = PortfolioChecker.candidatesById(problem);
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				remaining.put(key(source.code(), year), source.envelope(year));
			}
		}
		for (SelectedProject s : portfolio) {
			chosen.put(s.projectId(), s);
			Candidate c = byId.get(s.projectId());
			for (Funding f : s.funding()) {
				String key = key(f.sourceCode(), f.fiscalYear());
				remaining.merge(key, -f.satang(), Long::sum);
				weakestFunded.merge(key, c, (a, b) -> GreedyPortfolio.scorePerSatang(a)
					.compareTo(GreedyPortfolio.scorePerSatang(b)) <= 0 ? a : b);
			}
		}
	}

	/** Explains a valid portfolio of the problem found with the given status. */
	public static Explained explain(PortfolioProblem problem, List<SelectedProject> portfolio, RunStatus status) {
		return new SolutionExplainer(problem, portfolio, status).explain(portfolio);
	}

	private Explained explain(List<SelectedProject> portfolio) {
		var exclusions = new ArrayList<Exclusion>();
		for (Candidate c : problem.candidates()) {
			if (!chosen.containsKey(c.projectId())) {
				exclusions.add(new Exclusion(c.projectId(), reasons(c)));
			}
		}
		var uses = new ArrayList<EnvelopeUse>();
		var binding = new ArrayList<ConstraintRef>();
		for (EnvelopeUse use : PortfolioChecker.envelopeUse(problem, portfolio)) {
			boolean full = use.envelopeSatang() > 0 && use.slackSatang() == 0;
			boolean blocks = blockingEnvelopes.contains(key(use.sourceCode(), use.fiscalYear()));
			uses.add(new EnvelopeUse(use.sourceCode(), use.fiscalYear(), use.envelopeSatang(), use.usedSatang(),
					full || blocks));
			if (full || blocks) {
				binding.add(ConstraintRef.envelope(use.sourceCode(), use.fiscalYear()));
			}
		}
		for (Minimum m : problem.minimums()) {
			if (minimumBinds(m)) {
				binding.add(m.ref());
			}
		}
		binding.addAll(bindingGroups);
		return new Explained(exclusions, uses, binding);
	}

	private List<ExclusionReason> reasons(Candidate c) {
		var reasons = new ArrayList<ExclusionReason>();
		if (ProjectFunding.eligibleRules(problem, c).isEmpty()) {
			return List.of(ExclusionReason.of(ReasonKind.NO_ELIGIBLE_SOURCE));
		}
		if (!ProjectFunding.rulesCanCoverCost(problem, c)) {
			return List.of(ExclusionReason.of(ReasonKind.FUNDING_RULES_CANNOT_COVER_COST));
		}
		int earliest = c.earliestStart();
		for (Dependency d : problem.dependencies()) {
			if (d.projectId().equals(c.projectId())) {
				SelectedProject required = chosen.get(d.requiredProjectId());
				if (required == null) {
					reasons.add(ExclusionReason.related(ReasonKind.REQUIRED_PROJECT_NOT_SELECTED, d.requiredProjectId()));
				}
				else if (required.startYear() > c.latestStart()) {
					reasons.add(new ExclusionReason(ReasonKind.REQUIRED_PROJECT_STARTS_TOO_LATE, null,
							required.startYear(), 0, d.requiredProjectId(), null));
				}
				else {
					earliest = Math.max(earliest, required.startYear());
				}
			}
		}
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (group.projectIds().contains(c.projectId())) {
				group.projectIds().stream().filter(chosen::containsKey).findFirst().ifPresent(other -> {
					reasons.add(new ExclusionReason(ReasonKind.EXCLUSIVE_WITH_SELECTED, null, null, 0, other,
							group.groupId()));
					bindingGroups.add(ConstraintRef.exclusiveGroup(group.groupId()));
				});
			}
		}
		if (c.score().signum() == 0) {
			reasons.add(ExclusionReason.of(ReasonKind.ZERO_SCORE));
		}
		boolean fits = moneyReasons(c, Math.min(earliest, c.latestStart()), reasons);
		if (fits && reasons.isEmpty()) {
			minimumShareReasons(c, reasons);
		}
		if (reasons.isEmpty()) {
			reasons.add(ExclusionReason.of(status == RunStatus.OPTIMAL ? ReasonKind.DISPLACED_BY_BETTER_COMBINATION
					: ReasonKind.NOT_REACHED_IN_TIME));
		}
		return reasons;
	}

	/** Adds envelope shortfalls at the best start year; returns whether the project fits the money left. */
	private boolean moneyReasons(Candidate c, int earliest, List<ExclusionReason> reasons) {
		for (int start = earliest; start <= c.latestStart(); start++) {
			if (ProjectFunding.split(problem, c, start, (s, y) -> remaining.getOrDefault(key(s, y), 0L)).isPresent()) {
				return true;
			}
		}
		List<FundingRule> rules = ProjectFunding.eligibleRules(problem, c);
		long total = c.totalCost();
		int bestStart = earliest;
		long bestDeficit = Long.MAX_VALUE;
		for (int start = earliest; start <= c.latestStart(); start++) {
			long deficit = 0;
			for (int i = 0; i < c.duration(); i++) {
				deficit += yearDeficit(c, rules, total, start, i);
			}
			if (deficit < bestDeficit) {
				bestDeficit = deficit;
				bestStart = start;
			}
		}
		int before = reasons.size();
		for (int i = 0; i < c.duration(); i++) {
			int year = bestStart + i;
			long deficit = yearDeficit(c, rules, total, bestStart, i);
			if (deficit > 0) {
				if (c.fixedFunding().isEmpty()) {
					String source = rules.size() == 1 ? rules.get(0).sourceCode() : null;
					reasons.add(new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, source, year, deficit, null, null));
				}
				else {
					// a fixed split: the limit is the envelope of the source whose share does not fit, never "all
					// sources combined", which the project cannot draw on anyway
					reasons.addAll(fixedShortfalls(c, bestStart, i));
				}
				for (FundingRule rule : rules) {
					blockingEnvelopes.add(key(rule.sourceCode(), year));
				}
				weakerCompetitor(c, rules, year).ifPresent(reasons::add);
			}
		}
		if (reasons.size() == before) {
			// each year could be paid on its own, but the shares and caps across years cannot all be met
			reasons.add(new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, null, null, 0, null, null));
		}
		return false;
	}

	/** Money missing in project year {@code index} when starting in {@code start}. */
	private long yearDeficit(Candidate c, List<FundingRule> rules, long total, int start, int index) {
		int year = start + index;
		if (!c.fixedFunding().isEmpty()) {
			long deficit = 0;
			for (FixedFunding part : c.fixedFunding()) {
				if (part.yearIndex() == index) {
					long left = Math.max(0, remaining.getOrDefault(key(part.sourceCode(), year), 0L));
					deficit += Math.max(0, part.satang() - left);
				}
			}
			return deficit;
		}
		long available = 0;
		for (FundingRule rule : rules) {
			long left = Math.max(0, remaining.getOrDefault(key(rule.sourceCode(), year), 0L));
			available += Math.min(left, ProjectFunding.maximumPayment(rule, total));
		}
		return Math.max(0, c.costProfile().get(index) - available);
	}

	/** Each source whose fixed share of project year {@code index} does not fit what is left of its envelope. */
	private List<ExclusionReason> fixedShortfalls(Candidate c, int start, int index) {
		int year = start + index;
		java.util.Map<String, Long> shares = new java.util.LinkedHashMap<>();
		c.fixedFunding().stream().filter(part -> part.yearIndex() == index)
			.forEach(part -> shares.merge(part.sourceCode(), part.satang(), Long::sum));
		List<ExclusionReason> shortfalls = new ArrayList<>();
		shares.forEach((source, share) -> {
			long left = Math.max(0, remaining.getOrDefault(key(source, year), 0L));
			if (share > left) {
				shortfalls.add(ExclusionReason.shortfall(source, year, share - left));
			}
		});
		return shortfalls;
	}

	private java.util.Optional<ExclusionReason> weakerCompetitor(Candidate c, List<FundingRule> rules, int year) {
		Candidate weakest = null;
		for (FundingRule rule : rules) {
			Candidate funded = weakestFunded.get(key(rule.sourceCode(), year));
			if (funded != null && (weakest == null || GreedyPortfolio.scorePerSatang(funded)
				.compareTo(GreedyPortfolio.scorePerSatang(weakest)) < 0)) {
				weakest = funded;
			}
		}
		if (weakest != null && GreedyPortfolio.scorePerSatang(weakest).compareTo(GreedyPortfolio.scorePerSatang(c)) > 0) {
			return java.util.Optional.of(new ExclusionReason(ReasonKind.LOWER_SCORE_PER_BAHT_THAN, null, year,
					c.totalCost(), weakest.projectId(), null));
		}
		return java.util.Optional.empty();
	}

	private void minimumShareReasons(Candidate c, List<ExclusionReason> reasons) {
		for (Minimum m : problem.minimums()) {
			long[] sums = coveredAndTotal(m);
			if (m.minBudgetShareBasisPoints() > 0 && !m.covers(c)
					&& PortfolioChecker.shareMet(sums[0], sums[1], m.minBudgetShareBasisPoints())
					&& !PortfolioChecker.shareMet(sums[0], sums[1] + c.totalCost(), m.minBudgetShareBasisPoints())) {
				reasons.add(new ExclusionReason(ReasonKind.WOULD_BREAK_MINIMUM_SHARE, null, null, c.totalCost(), null,
						m.code()));
			}
		}
	}

	private boolean minimumBinds(Minimum m) {
		long count = chosen.keySet().stream().map(byId::get).filter(m::covers).count();
		if (m.minCount() > 0 && count <= m.minCount()) {
			return true;
		}
		if (m.minBudgetShareBasisPoints() == 0) {
			return false;
		}
		long[] sums = coveredAndTotal(m);
		for (String id : chosen.keySet()) {
			Candidate c = byId.get(id);
			long cost = c.totalCost();
			if (m.covers(c) && !PortfolioChecker.shareMet(sums[0] - cost, sums[1] - cost, m.minBudgetShareBasisPoints())) {
				return true;
			}
		}
		return false;
	}

	/** Cost of funded projects the minimum covers, and of all funded projects. */
	private long[] coveredAndTotal(Minimum m) {
		long covered = 0;
		long total = 0;
		for (String id : chosen.keySet()) {
			Candidate c = byId.get(id);
			total += c.totalCost();
			if (m.covers(c)) {
				covered += c.totalCost();
			}
		}
		return new long[] { covered, total };
	}

	private static String key(String source, int year) {
		return source + "@" + year;
	}
}
