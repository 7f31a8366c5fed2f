package org.smartcityplanner.plan.model.diff;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Renders field values as the text a reviewer reads in a diff. Two values that render the same count as
 * unchanged, so {@code 10} and {@code 10.0} are equal here.
 */
final class Render {

	private static final String SEPARATOR = "; ";

	private Render() {
	}

	static String text(String text) {
		return text == null ? "" : text;
	}

	static String number(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String year(FiscalYear year) {
		return year == null ? "" : year.toString();
	}

	static String baht(Baht baht) {
		return baht == null ? "" : String.format(Locale.ROOT, "%,.2f", baht.toBigDecimal());
	}

	static String period(PlanPeriod period) {
		return period == null ? "" : period.first() + "–" + period.last();
	}

	/** A list in its own order. */
	static String list(List<String> values) {
		return values == null ? "" : values.stream().map(Render::text).collect(Collectors.joining(SEPARATOR));
	}

	/** A set in sorted order, so the same members always read the same. */
	static String sorted(Collection<? extends Comparable<?>> values) {
		return values == null ? ""
				: values.stream().sorted().map(Objects::toString).collect(Collectors.joining(SEPARATOR));
	}

	/** Yearly amounts in year order: {@code 2570: 1,200,000.00; 2571: 800,000.00}. */
	static String budget(Map<FiscalYear, Baht> budget) {
		// the model keeps yearly maps sorted by year
		return budget.entrySet().stream().map(entry -> entry.getKey() + ": " + baht(entry.getValue()))
			.collect(Collectors.joining(SEPARATOR));
	}

	/** Yearly targets in year order: {@code 2570: 45; 2571: 50}. */
	static String targets(Map<FiscalYear, BigDecimal> targets) {
		return targets.entrySet().stream().map(entry -> entry.getKey() + ": " + number(entry.getValue()))
			.collect(Collectors.joining(SEPARATOR));
	}
}
