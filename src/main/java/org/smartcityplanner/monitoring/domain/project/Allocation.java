package org.smartcityplanner.monitoring.domain.project;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * What the adopted action plan allocates to one project: an amount per fiscal year and budget source.
 *
 * @param amounts fiscal year to source code to amount
 */
public record Allocation(Map<FiscalYear, Map<String, Baht>> amounts) {

	public Allocation {
		TreeMap<FiscalYear, Map<String, Baht>> copy = new TreeMap<>();
		if (amounts != null) {
			amounts.forEach((year, bySource) -> copy.put(year, Map.copyOf(bySource)));
		}
		amounts = Collections.unmodifiableMap(copy);
	}

	/** The amount for one year and source; zero when the plan allocates nothing there. */
	public Baht of(FiscalYear year, String source) {
		return amounts.getOrDefault(year, Map.of()).getOrDefault(source, Baht.ZERO);
	}

	/** Everything allocated. */
	public Baht total() {
		return amounts.values().stream().flatMap(bySource -> bySource.values().stream()).reduce(Baht.ZERO, Baht::plus);
	}
}
