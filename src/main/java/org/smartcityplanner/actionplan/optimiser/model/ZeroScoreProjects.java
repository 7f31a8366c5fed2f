package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects that score nothing take money only when a rule needs them. A solver maximising the score is indifferent
 * to them, so its portfolio may fund one that nothing needs; this drops every such project, and names the rules a
 * kept one is funded for.
 */
public final class ZeroScoreProjects {

	private ZeroScoreProjects() {
	}

	/**
	 * The portfolio without the zero-score projects it stays valid without (one at a time, each removal
	 * re-checked by {@link PortfolioChecker}); the same score. A valid portfolio stays valid.
	 */
	public static List<SelectedProject> withoutUnneeded(PortfolioProblem problem, List<SelectedProject> portfolio) {
		Map<String, Candidate> byId = PortfolioChecker.candidatesById(problem);
		List<SelectedProject> kept = new ArrayList<>(portfolio);
		for (SelectedProject s : portfolio) {
			Candidate c = byId.get(s.projectId());
			if (c == null || c.mandatory() || c.score().signum() != 0) {
				continue;
			}
			List<SelectedProject> without = new ArrayList<>(kept);
			without.remove(s);
			if (PortfolioChecker.violations(problem, without).isEmpty()) {
				kept = without;
			}
		}
		return kept;
	}

	/**
	 * Why a funded project that scores nothing is in the portfolio: the rules the portfolio would break without it
	 * (empty for a project that scores, or that nothing needs).
	 */
	public static List<ConstraintRef> neededBy(PortfolioProblem problem, List<SelectedProject> portfolio,
			String projectId) {
		Map<String, BigDecimal> scores = new HashMap<>();
		problem.candidates().forEach(c -> scores.put(c.projectId(), c.score()));
		BigDecimal score = scores.get(projectId);
		if (score == null || score.signum() != 0) {
			return List.of();
		}
		List<SelectedProject> without = portfolio.stream().filter(s -> !s.projectId().equals(projectId)).toList();
		if (without.size() == portfolio.size()) {
			return List.of();
		}
		return PortfolioChecker.violations(problem, without);
	}
}
