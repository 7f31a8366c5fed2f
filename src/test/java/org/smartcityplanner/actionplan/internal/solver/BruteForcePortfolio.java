package org.smartcityplanner.actionplan.internal.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;

/**
 * An independent oracle for problems with exactly two sources and no fixed splits: enumerates every subset of
 * candidates (best score first) and every start-year assignment, and decides whether the money can be split with
 * its own reasoning. With two sources the split is a single number per project and year (what the first source
 * pays; the second pays the rest), so feasibility is a bipartite flow with bounds — projects × years — solved by
 * a plain augmenting-path search on a capacity matrix. It shares no code with the optimiser beyond the records.
 */
final class BruteForcePortfolio {

	private final PortfolioProblem problem;
	private final List<Candidate> candidates;
	private final String first;
	private final String second;
	private final int years;

	BruteForcePortfolio(PortfolioProblem problem) {
		if (problem.sources().size() != 2) {
			throw new IllegalArgumentException("two sources only");
		}
		this.problem = problem;
		this.candidates = problem.candidates();
		this.first = problem.sources().get(0).code();
		this.second = problem.sources().get(1).code();
		this.years = problem.years();
	}

	/** The best total score, or empty when no portfolio satisfies every rule. */
	Optional<BigDecimal> bestScore() {
		int n = candidates.size();
		Integer[] masks = new Integer[1 << n];
		long[] scores = new long[1 << n];
		for (int mask = 0; mask < masks.length; mask++) {
			masks[mask] = mask;
			for (int p = 0; p < n; p++) {
				if ((mask & 1 << p) != 0) {
					scores[mask] += candidates.get(p).score().movePointRight(3).longValueExact();
				}
			}
		}
		Arrays.sort(masks, (a, b) -> Long.compare(scores[b], scores[a]));
		for (int mask : masks) {
			if (rulesOnTheSetHold(mask) && someStartsCanBePaid(mask)) {
				return Optional.of(BigDecimal.valueOf(scores[mask], 3));
			}
		}
		return Optional.empty();
	}

	private boolean rulesOnTheSetHold(int mask) {
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < candidates.size(); p++) {
			index.put(candidates.get(p).projectId(), p);
			if (candidates.get(p).mandatory() && (mask & 1 << p) == 0) {
				return false;
			}
		}
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			int count = 0;
			for (String id : group.projectIds()) {
				count += (mask & 1 << index.get(id)) != 0 ? 1 : 0;
			}
			if (count > 1) {
				return false;
			}
		}
		for (Dependency d : problem.dependencies()) {
			if ((mask & 1 << index.get(d.projectId())) != 0 && (mask & 1 << index.get(d.requiredProjectId())) == 0) {
				return false;
			}
		}
		for (Minimum m : problem.minimums()) {
			long count = 0;
			BigDecimal covered = BigDecimal.ZERO;
			BigDecimal total = BigDecimal.ZERO;
			for (int p = 0; p < candidates.size(); p++) {
				if ((mask & 1 << p) != 0) {
					Candidate c = candidates.get(p);
					BigDecimal cost = BigDecimal.valueOf(c.costProfile().stream().mapToLong(Long::longValue).sum());
					total = total.add(cost);
					boolean counts = m.scope() == Minimum.Scope.DIMENSION ? m.code().equals(c.dimensionCode())
							: c.areaIds().contains(m.code());
					if (counts) {
						count++;
						covered = covered.add(cost);
					}
				}
			}
			BigDecimal needed = total.multiply(BigDecimal.valueOf(m.minBudgetShareBasisPoints()))
				.divide(BigDecimal.valueOf(10_000));
			if (count < m.minCount() || covered.compareTo(needed) < 0) {
				return false;
			}
		}
		return true;
	}

	private boolean someStartsCanBePaid(int mask) {
		List<Integer> chosen = new ArrayList<>();
		for (int p = 0; p < candidates.size(); p++) {
			if ((mask & 1 << p) != 0) {
				chosen.add(p);
			}
		}
		int[] starts = new int[candidates.size()];
		return assign(chosen, 0, starts);
	}

	private boolean assign(List<Integer> chosen, int at, int[] starts) {
		if (at == chosen.size()) {
			return startsRespectDependencies(chosen, starts) && paid(chosen, starts);
		}
		Candidate c = candidates.get(chosen.get(at));
		for (int start = c.earliestStart(); start <= c.latestStart(); start++) {
			starts[chosen.get(at)] = start;
			if (assign(chosen, at + 1, starts)) {
				return true;
			}
		}
		return false;
	}

	private boolean startsRespectDependencies(List<Integer> chosen, int[] starts) {
		for (Dependency d : problem.dependencies()) {
			int b = indexOf(d.projectId());
			int a = indexOf(d.requiredProjectId());
			if (chosen.contains(b) && starts[a] > starts[b]) {
				return false;
			}
		}
		return true;
	}

	private int indexOf(String id) {
		for (int p = 0; p < candidates.size(); p++) {
			if (candidates.get(p).projectId().equals(id)) {
				return p;
			}
		}
		throw new IllegalStateException(id);
	}

	/**
	 * Whether first-source payments a[p][y] exist with 0 <= a <= cost, per project within [lo, hi] (its shares
	 * and caps for both sources), and per year within [needed of the first source, its envelope].
	 */
	private boolean paid(List<Integer> chosen, int[] starts) {
		int k = chosen.size();
		// nodes: 0 = s, 1 = t, 2..k+1 projects, k+2..k+years+1 years
		int nodes = 2 + k + years;
		long[][] low = new long[nodes][nodes];
		long[][] high = new long[nodes][nodes];
		long[] columnTotal = new long[years];
		for (int i = 0; i < k; i++) {
			Candidate c = candidates.get(chosen.get(i));
			long total = c.costProfile().stream().mapToLong(Long::longValue).sum();
			long[] firstBounds = bounds(c, first, total);
			long[] secondBounds = bounds(c, second, total);
			long lo = Math.max(firstBounds[0], total - secondBounds[1]);
			long hi = Math.min(firstBounds[1], total - secondBounds[0]);
			if (lo > hi) {
				return false;
			}
			low[0][2 + i] = lo;
			high[0][2 + i] = hi;
			for (int j = 0; j < c.costProfile().size(); j++) {
				int y = starts[chosen.get(i)] + j - problem.firstYear();
				high[2 + i][2 + k + y] = c.costProfile().get(j);
				columnTotal[y] += c.costProfile().get(j);
			}
		}
		for (int y = 0; y < years; y++) {
			int fy = problem.firstYear() + y;
			long needFromFirst = Math.max(0, columnTotal[y] - envelope(second, fy));
			long firstEnvelope = envelope(first, fy);
			if (needFromFirst > firstEnvelope) {
				return false;
			}
			low[2 + k + y][1] = needFromFirst;
			high[2 + k + y][1] = firstEnvelope;
		}
		return boundedFlowExists(low, high, nodes);
	}

	/** [least, most] a source pays: 0 both when it may not fund the project. */
	private long[] bounds(Candidate c, String source, long total) {
		for (FundingRule rule : c.fundingRules()) {
			boolean multiYear = problem.sources().stream().filter(s -> s.code().equals(source))
				.anyMatch(BudgetSource::multiYearAllowed);
			if (rule.sourceCode().equals(source) && (multiYear || c.costProfile().size() == 1)) {
				long least = (rule.minShareBasisPoints() * total + 9_999) / 10_000;
				long most = Math.min(rule.capSatang(), rule.maxShareBasisPoints() * total / 10_000);
				return new long[] { least, most };
			}
		}
		return new long[] { 0, 0 };
	}

	private long envelope(String source, int year) {
		return problem.sources().stream().filter(s -> s.code().equals(source)).findFirst().orElseThrow()
			.envelopeByYear().getOrDefault(year, 0L);
	}

	/** Circulation with lower bounds (t→s unbounded) via super source/sink and augmenting paths. */
	private static boolean boundedFlowExists(long[][] low, long[][] high, int nodes) {
		int size = nodes + 2;
		int superSource = nodes;
		int superSink = nodes + 1;
		long[][] residual = new long[size][size];
		long[] balance = new long[nodes];
		for (int u = 0; u < nodes; u++) {
			for (int v = 0; v < nodes; v++) {
				residual[u][v] += high[u][v] - low[u][v];
				balance[v] += low[u][v];
				balance[u] -= low[u][v];
			}
		}
		residual[1][0] = Long.MAX_VALUE / 4;
		long demand = 0;
		for (int v = 0; v < nodes; v++) {
			if (balance[v] > 0) {
				residual[superSource][v] += balance[v];
				demand += balance[v];
			}
			else {
				residual[v][superSink] += -balance[v];
			}
		}
		long flow = 0;
		while (true) {
			int[] parent = new int[size];
			Arrays.fill(parent, -1);
			parent[superSource] = superSource;
			var stack = new java.util.ArrayDeque<Integer>();
			stack.push(superSource);
			while (!stack.isEmpty() && parent[superSink] < 0) {
				int u = stack.pop();
				for (int v = 0; v < size; v++) {
					if (parent[v] < 0 && residual[u][v] > 0) {
						parent[v] = u;
						stack.push(v);
					}
				}
			}
			if (parent[superSink] < 0) {
				return flow == demand;
			}
			long push = Long.MAX_VALUE;
			for (int v = superSink; v != superSource; v = parent[v]) {
				push = Math.min(push, residual[parent[v]][v]);
			}
			for (int v = superSink; v != superSource; v = parent[v]) {
				residual[parent[v]][v] -= push;
				residual[v][parent[v]] += push;
			}
			flow += push;
		}
	}
}
