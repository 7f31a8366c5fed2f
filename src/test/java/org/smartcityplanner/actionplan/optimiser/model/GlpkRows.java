package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.List;

/** The rows of {@link GlpkPortfolio} between projects: envelopes, exclusive groups, dependencies, minimums. */
final class GlpkRows {

	private final PortfolioProblem problem;
	private final long unit;
	private final LpText lp;

	GlpkRows(PortfolioProblem problem, long unit, LpText lp) {
		this.problem = problem;
		this.unit = unit;
		this.lp = lp;
	}

	void between() {
		envelopes();
		int g = 0;
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			var terms = new ArrayList<String>();
			group.projectIds().forEach(id -> terms.add(selection(id)));
			lp.row("group_" + g++, String.join(" + ", terms), "<=", "1");
		}
		int d = 0;
		for (Dependency dependency : problem.dependencies()) {
			dependency(d++, dependency);
		}
		int m = 0;
		for (Minimum minimum : problem.minimums()) {
			minimum(m++, minimum);
		}
	}

	/** What each source pays all projects in a year stays within its envelope. */
	private void envelopes() {
		for (BudgetSource source : problem.sources()) {
			for (int y = problem.firstYear(); y <= problem.lastYear(); y++) {
				var terms = new ArrayList<String>();
				for (int p = 0; p < problem.candidates().size(); p++) {
					List<FundingRule> rules = ProjectFunding.eligibleRules(problem, problem.candidates().get(p));
					for (int r = 0; r < rules.size(); r++) {
						if (rules.get(r).sourceCode().equals(source.code())) {
							terms.add(GlpkPortfolio.f(p, r, y));
						}
					}
				}
				if (!terms.isEmpty()) {
					lp.row("env_" + source.code() + "_" + y, String.join(" + ", terms), "<=",
							String.valueOf(source.envelope(y) / unit));
				}
			}
		}
	}

	/** B only if A, and A starts no later: A funded, and no pair of starts with A's after B's. */
	private void dependency(int d, Dependency dependency) {
		int b = index(dependency.projectId());
		int a = index(dependency.requiredProjectId());
		Candidate cb = problem.candidates().get(b);
		Candidate ca = problem.candidates().get(a);
		lp.row("dep_" + d, selection(dependency.projectId()) + " - " + selection(dependency.requiredProjectId())
			.replace(" + ", " - "), "<=", "0");
		for (int tb = cb.earliestStart(); tb <= cb.latestStart(); tb++) {
			for (int ta = Math.max(tb + 1, ca.earliestStart()); ta <= ca.latestStart(); ta++) {
				lp.row("dep_" + d + "_" + tb + "_" + ta, GlpkPortfolio.z(b, tb) + " + " + GlpkPortfolio.z(a, ta), "<=",
						"1");
			}
		}
	}

	/** At least n covered projects; covered cost at least the share of the funded total. */
	private void minimum(int m, Minimum minimum) {
		var count = new ArrayList<String>();
		var share = new ArrayList<String>();
		for (int p = 0; p < problem.candidates().size(); p++) {
			Candidate c = problem.candidates().get(p);
			long cost = c.totalCost() / unit;
			boolean covered = minimum.covers(c);
			for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
				if (covered) {
					count.add(GlpkPortfolio.z(p, t));
				}
				// 10,000 * covered cost - share * total cost >= 0
				long coefficient = (covered ? FundingRule.ALL * cost : 0) - minimum.minBudgetShareBasisPoints() * cost;
				if (coefficient != 0) {
					share.add((coefficient > 0 ? "+ " : "- ") + Math.abs(coefficient) + " " + GlpkPortfolio.z(p, t));
				}
			}
		}
		if (minimum.minCount() > 0) {
			lp.row("count_" + m, count.isEmpty() ? "0 z_0_" + problem.candidates().get(0).earliestStart()
					: String.join(" + ", count), ">=", String.valueOf(minimum.minCount()));
		}
		if (minimum.minBudgetShareBasisPoints() > 0 && !share.isEmpty()) {
			lp.row("share_" + m, String.join(" ", share), ">=", "0");
		}
	}

	private String selection(String projectId) {
		int p = index(projectId);
		Candidate c = problem.candidates().get(p);
		var terms = new ArrayList<String>();
		for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
			terms.add(GlpkPortfolio.z(p, t));
		}
		return String.join(" + ", terms);
	}

	private int index(String projectId) {
		for (int p = 0; p < problem.candidates().size(); p++) {
			if (problem.candidates().get(p).projectId().equals(projectId)) {
				return p;
			}
		}
		throw new IllegalArgumentException(projectId);
	}
}
