package org.smartcityplanner.profile;

import java.util.List;

/**
 * Everything written about a province as a whole: context, development-plan strategies and SWOT.
 *
 * @param context the five context parts
 * @param strategies the provincial development-plan strategies, by code
 * @param swot the province's SWOT
 */
public record ProvinceProfileView(ProvinceContext context, List<ProvincialStrategy> strategies, Swot swot) {

	public ProvinceProfileView {
		strategies = List.copyOf(strategies);
	}
}
