package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the portfolio back from glpsol's printable report ({@code -o}): start and money columns. */
final class GlpkReport {

	private GlpkReport() {
	}

	static List<SelectedProject> portfolio(PortfolioProblem problem, String report, long unit) {
		Map<String, Long> values = columnValues(report);
		var portfolio = new ArrayList<SelectedProject>();
		for (int p = 0; p < problem.candidates().size(); p++) {
			Candidate c = problem.candidates().get(p);
			for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
				if (values.getOrDefault(GlpkPortfolio.z(p, t), 0L) == 1) {
					portfolio.add(new SelectedProject(c.projectId(), t, funding(problem, c, p, values, unit)));
				}
			}
		}
		return portfolio;
	}

	private static List<Funding> funding(PortfolioProblem problem, Candidate c, int p, Map<String, Long> values,
			long unit) {
		List<FundingRule> rules = ProjectFunding.eligibleRules(problem, c);
		var funding = new ArrayList<Funding>();
		for (int r = 0; r < rules.size(); r++) {
			for (int y = problem.firstYear(); y <= problem.lastYear(); y++) {
				long amount = values.getOrDefault(GlpkPortfolio.f(p, r, y), 0L);
				if (amount > 0) {
					funding.add(new Funding(rules.get(r).sourceCode(), y, amount * unit));
				}
			}
		}
		return funding;
	}

	/**
	 * Column name to value from the report's column section; a long name stands alone on its line and its values
	 * follow on the next.
	 */
	private static Map<String, Long> columnValues(String report) {
		Map<String, Long> values = new HashMap<>();
		String[] lines = report.substring(report.indexOf("Column name")).split("\n");
		String pending = null;
		for (String line : lines) {
			String[] tokens = line.trim().split("\\s+");
			if (line.isBlank() || line.startsWith("Integer feasibility") || line.startsWith("End of output")) {
				if (line.startsWith("Integer feasibility")) {
					break;
				}
				continue;
			}
			int i = 0;
			if (pending == null && tokens.length >= 2 && tokens[0].matches("\\d+")) {
				pending = tokens[1];
				i = 2;
			}
			if (pending != null && i < tokens.length) {
				if (tokens[i].equals("*")) {
					i++;
				}
				values.put(pending, Math.round(Double.parseDouble(tokens[i])));
				pending = null;
			}
		}
		return values;
	}
}
