package org.smartcityplanner.reference.web;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.internal.ReferenceUseCases;
import org.smartcityplanner.reference.ReferenceItem;

/**
 * What a user or a script asks of the indicator library: a smart dimension and search text, both optional. The
 * page and the API share it so that both give the same answer to the same question.
 *
 * @param dimension a smart dimension code such as {@code ENV}, or {@code null} for all
 * @param q search text, empty for none
 */
record IndicatorFilter(String dimension, String q) {

	IndicatorFilter {
		dimension = dimension == null || dimension.isBlank() ? null : dimension.strip().toUpperCase(Locale.ROOT);
		q = q == null ? "" : q.strip();
	}

	boolean hasDimension() {
		return dimension != null;
	}

	/** Whether the dimension asked for, if any, is one of {@code dimensions}. */
	boolean dimensionIsOneOf(List<ReferenceItem> dimensions) {
		return !hasDimension() || dimensions.stream().anyMatch(item -> item.code().equals(dimension));
	}

	IndicatorFilter withoutDimension() {
		return new IndicatorFilter(null, q);
	}

	List<Indicator> apply(ReferenceUseCases reference) {
		if (q.isEmpty()) {
			return hasDimension() ? reference.indicators(dimension) : reference.indicators();
		}
		return reference.searchIndicators(q).stream()
			.filter(indicator -> !hasDimension() || indicator.dimension().equals(dimension)).toList();
	}
}
