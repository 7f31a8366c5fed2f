package org.smartcityplanner.plan.model;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.shared.FiscalYear;

/**
 * The fiscal years a plan covers, usually five (e.g. 2570–2574).
 *
 * @param first the first fiscal year
 * @param last the last fiscal year, not before {@code first}
 */
public record PlanPeriod(FiscalYear first, FiscalYear last) {

	/** Longest period a plan may cover. */
	public static final int MAX_YEARS = 20;

	public PlanPeriod {
		if (last.compareTo(first) < 0) {
			throw new IllegalArgumentException("The plan ends before it starts");
		}
		if (last.buddhistYear() - first.buddhistYear() + 1 > MAX_YEARS) {
			throw new IllegalArgumentException("A plan covers at most " + MAX_YEARS + " years");
		}
	}

	/** Every fiscal year of the period, in order. */
	public List<FiscalYear> years() {
		List<FiscalYear> years = new ArrayList<>();
		for (int year = first.buddhistYear(); year <= last.buddhistYear(); year++) {
			years.add(new FiscalYear(year));
		}
		return years;
	}

	public boolean contains(FiscalYear year) {
		return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
	}
}
