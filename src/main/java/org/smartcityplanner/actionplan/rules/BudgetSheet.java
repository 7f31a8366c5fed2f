package org.smartcityplanner.actionplan.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A project's budget: cost per fiscal year and budget category, and how the total is split across budget
 * sources. Amounts are exact satang. {@link #check()} names every problem; {@link #bySourceAndYear()} spreads the
 * split over the years so that every year and every source adds up to the satang (see its rounding rule).
 *
 * @param lines cost per fiscal year, then per budget category code
 * @param split amount of the total per budget source code, in the order the sources are listed
 */
public record BudgetSheet(Map<FiscalYear, Map<String, Baht>> lines, Map<String, Baht> split) {

	/** More than this for one line (ten billion baht) is a typing mistake, not a provincial project. */
	public static final Baht ABSURD = Baht.of(10_000_000_000L);

	public BudgetSheet {
		TreeMap<FiscalYear, Map<String, Baht>> sorted = new TreeMap<>();
		lines.forEach((year, categories) -> sorted.put(year, Collections.unmodifiableMap(new LinkedHashMap<>(categories))));
		lines = Collections.unmodifiableMap(sorted);
		split = Collections.unmodifiableMap(new LinkedHashMap<>(split));
	}

	public static BudgetSheet empty() {
		return new BudgetSheet(Map.of(), Map.of());
	}

	/** The cost of one fiscal year over all categories. */
	public Baht yearTotal(FiscalYear year) {
		return lines.getOrDefault(year, Map.of()).values().stream().reduce(Baht.ZERO, Baht::plus);
	}

	/** The cost of one category over all years. */
	public Baht categoryTotal(String category) {
		return lines.values().stream().map(row -> row.getOrDefault(category, Baht.ZERO)).reduce(Baht.ZERO, Baht::plus);
	}

	/** The whole cost. */
	public Baht total() {
		return lines.keySet().stream().map(this::yearTotal).reduce(Baht.ZERO, Baht::plus);
	}

	/** The sum of the funding split. */
	public Baht splitTotal() {
		return split.values().stream().reduce(Baht.ZERO, Baht::plus);
	}

	/** Fiscal years with a cost above zero. */
	public List<FiscalYear> costedYears() {
		return lines.keySet().stream().filter(year -> yearTotal(year).satang() > 0).toList();
	}

	/**
	 * Every problem with the amounts: negative or absurd amounts (a line, a share of the split, or a whole year),
	 * and a split that does not add up to the cost.
	 */
	public List<Finding> check() {
		List<Finding> findings = new ArrayList<>();
		lines.forEach((year, row) -> row.forEach((category, amount) -> checkAmount(findings, amount,
				"actionplan.budget.negativeLine", "actionplan.budget.absurdLine", year, category)));
		split.forEach((source, amount) -> checkAmount(findings, amount, "actionplan.budget.negativeSplit",
				"actionplan.budget.absurdSplit", source, ""));
		// lines of a sensible size can still add up to a year the optimiser cannot take (it refuses a run then)
		lines.keySet().forEach(year -> {
			if (findings.isEmpty() && yearTotal(year).compareTo(ABSURD) > 0) {
				findings.add(Finding.of("actionplan.budget.absurdYear", String.valueOf(year.buddhistYear()),
						yearTotal(year)));
			}
		});
		if (findings.isEmpty() && !splitTotal().equals(total()) && !split.isEmpty()) {
			findings.add(Finding.of("actionplan.budget.splitMismatch", splitTotal(), total(),
					total().minus(splitTotal())));
		}
		return findings;
	}

	private static void checkAmount(List<Finding> findings, Baht amount, String negativeKey, String absurdKey,
			Object where, Object what) {
		if (amount.isNegative()) {
			findings.add(Finding.of(negativeKey, where, what, amount));
		}
		else if (amount.compareTo(ABSURD) > 0) {
			findings.add(Finding.of(absurdKey, where, what, amount));
		}
	}

	/**
	 * The split spread over the years. Rounding rule: year by year (earliest first), that year's cost is shared
	 * among the sources in proportion to what each still has to pay, rounded down to the satang; the satang lost
	 * to rounding go one each to the sources with the largest remainders (the source listed first on a tie).
	 * Because each year shares only what is left, the last year takes exactly the rest: every year sums to its
	 * cost and every source to its split. Only valid when {@link #check()} found nothing.
	 */
	public Map<String, Map<FiscalYear, Baht>> bySourceAndYear() {
		Map<String, Map<FiscalYear, Baht>> result = new LinkedHashMap<>();
		Map<String, Long> left = new LinkedHashMap<>();
		split.forEach((source, amount) -> {
			left.put(source, amount.satang());
			result.put(source, new TreeMap<>());
		});
		long totalLeft = splitTotal().satang();
		for (FiscalYear year : lines.keySet()) {
			long cost = yearTotal(year).satang();
			if (cost == 0 || totalLeft == 0) {
				continue;
			}
			Map<String, Long> shares = LargestRemainder.share(cost, left);
			for (Map.Entry<String, Long> share : shares.entrySet()) {
				left.merge(share.getKey(), -share.getValue(), Long::sum);
				if (share.getValue() > 0) {
					result.get(share.getKey()).put(year, new Baht(share.getValue()));
				}
			}
			totalLeft -= cost;
		}
		return result;
	}
}
