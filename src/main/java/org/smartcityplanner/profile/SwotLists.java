package org.smartcityplanner.profile;

import java.util.List;

/**
 * The four lists of a SWOT analysis, each a list of short items in order.
 *
 * @param strengths internal strengths
 * @param weaknesses internal weaknesses
 * @param opportunities external opportunities
 * @param threats external threats
 */
public record SwotLists(List<String> strengths, List<String> weaknesses, List<String> opportunities,
		List<String> threats) {

	public static final SwotLists EMPTY = new SwotLists(List.of(), List.of(), List.of(), List.of());

	public SwotLists {
		strengths = List.copyOf(strengths);
		weaknesses = List.copyOf(weaknesses);
		opportunities = List.copyOf(opportunities);
		threats = List.copyOf(threats);
	}

	public boolean isEmpty() {
		return strengths.isEmpty() && weaknesses.isEmpty() && opportunities.isEmpty() && threats.isEmpty();
	}
}
