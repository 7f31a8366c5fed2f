package org.smartcityplanner.reference.web;

import java.util.List;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceItem;

/**
 * The indicators of one smart dimension, as the page lists them under a dimension heading.
 *
 * @param dimension the smart dimension
 * @param indicators its indicators, never empty
 */
record IndicatorGroup(ReferenceItem dimension, List<Indicator> indicators) {

	/** One group per dimension that has indicators, in the dimensions' official order. */
	static List<IndicatorGroup> of(List<ReferenceItem> dimensions, List<Indicator> indicators) {
		return dimensions.stream()
			.map(dimension -> new IndicatorGroup(dimension,
					indicators.stream().filter(indicator -> indicator.dimension().equals(dimension.code())).toList()))
			.filter(group -> !group.indicators().isEmpty())
			.toList();
	}
}
