package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;

/**
 * Turns an engine's answer into whole satang that follow every funding rule: SCIP splits money continuously
 * during its search, and rounding can leave a project a unit short or over.
 */
final class FundingRepair {

	private final Engine exactEngine;

	/** @param exactEngine an engine with integer money (CP-SAT), for the last resort */
	FundingRepair(Engine exactEngine) {
		this.exactEngine = exactEngine;
	}

	/** The portfolio with its money in whole units, re-split where rounding a continuous answer broke a rule. */
	List<SelectedProject> repaired(PortfolioProblem problem, List<SelectedProject> portfolio) {
		if (!PortfolioChecker.violations(problem, portfolio).isEmpty()) {
			portfolio = resplit(problem, portfolio);
		}
		if (!PortfolioChecker.violations(problem, portfolio).isEmpty()) {
			portfolio = splitInWholeUnits(problem, portfolio);
		}
		return portfolio;
	}

	/**
	 * Re-splits the funding of every project whose split broke a rule after rounding (a safeguard against
	 * floating-point answers of the MIP engine), within the money the others leave.
	 */
	private static List<SelectedProject> resplit(PortfolioProblem problem, List<SelectedProject> portfolio) {
		Map<String, Candidate> byId = new HashMap<>();
		problem.candidates().forEach(c -> byId.put(c.projectId(), c));
		Map<String, Long> remaining = new HashMap<>();
		problem.sources().forEach(s -> s.envelopeByYear().forEach((y, e) -> remaining.put(s.code() + "@" + y, e)));
		var kept = new ArrayList<SelectedProject>();
		var redo = new ArrayList<SelectedProject>();
		for (SelectedProject s : portfolio) {
			boolean splitOk = PortfolioChecker.fundingFollowsRules(problem, byId.get(s.projectId()), s);
			(splitOk ? kept : redo).add(s);
		}
		for (SelectedProject s : kept) {
			for (Funding f : s.funding()) {
				remaining.merge(f.sourceCode() + "@" + f.fiscalYear(), -f.satang(), Long::sum);
			}
		}
		var result = new ArrayList<>(kept);
		for (SelectedProject s : redo) {
			var split = ProjectFunding.split(problem, byId.get(s.projectId()), s.startYear(),
					(src, y) -> remaining.getOrDefault(src + "@" + y, 0L));
			if (split.isEmpty()) {
				result.add(s);
				continue;
			}
			split.get().forEach(f -> remaining.merge(f.sourceCode() + "@" + f.fiscalYear(), -f.satang(), Long::sum));
			result.add(new SelectedProject(s.projectId(), s.startYear(), split.get()));
		}
		return result;
	}

	/**
	 * The same projects and start years with funding in whole units, found by CP-SAT with the selection fixed
	 * (the last resort when a continuous split cannot be rounded project by project).
	 */
	private List<SelectedProject> splitInWholeUnits(PortfolioProblem problem, List<SelectedProject> portfolio) {
		Map<String, Integer> starts = new HashMap<>();
		portfolio.forEach(s -> starts.put(s.projectId(), s.startYear()));
		var fixed = new PortfolioFormulation(problem, Set.of(), true).fixed(starts);
		var outcome = exactEngine.solve(fixed.model(), fixed.encode(portfolio),
				Duration.ofSeconds(2), problem.options().seed(), 0, 0);
		return outcome.values() == null ? portfolio : fixed.decode(outcome.values());
	}

}
