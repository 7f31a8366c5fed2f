package org.smartcityplanner.actionplan.web;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.smartcityplanner.shared.FiscalYear;

/** Templates look values up by the plain B.E. year number. */
final class YearMaps {

	private YearMaps() {
	}

	static <V> Map<Integer, V> byYear(Collection<FiscalYear> years, Function<FiscalYear, V> value) {
		Map<Integer, V> result = new TreeMap<>();
		years.forEach(year -> result.put(year.buddhistYear(), value.apply(year)));
		return result;
	}
}
