package org.smartcityplanner.plan.model.alignment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which national items a plan is expected to align with: those every smart-city plan answers to (the master plan
 * and milestone on smart cities, SDG 11, Thailand 4.0 whose flagship Smart City is), and those that belong to the
 * smart dimensions the plan has goals in. An item nobody expects (foreign affairs, sport for most plans) is no gap
 * worth a row of its own. The mapping of national items to dimensions is our own reading of each item's scope
 * against the dimensions' scope in shared/reference — to confirm with the committee's evaluators.
 */
public final class ExpectedAlignment {

	/** What the committee expects of every smart-city plan, whatever its dimensions. */
	static final Set<String> EVERY_PLAN = Set.of("MP06", "M08", "SDG11", "T40-MODEL");

	// Thailand 4.0's target industries are a province's choice, not a dimension's due: only the model itself (in
	// EVERY_PLAN) is expected; an S-curve a plan takes up shows in the matrix as aligned.
	private static final Map<String, List<String>> BY_DIMENSION = Map.of(
			"ENV", List.of("NS5", "MP18", "MP19", "M10", "M11", "SDG06", "SDG12", "SDG13", "SDG14", "SDG15"),
			"ECO", List.of("NS2", "MP03", "MP04", "MP05", "MP08", "MP09", "MP16", "MP23", "M01", "M02", "M05", "M06",
					"M07", "SDG08", "SDG09"),
			"MOB", List.of("NS2", "MP07", "M03", "M05", "SDG09"),
			"ENE", List.of("NS5", "MP18", "M03", "M10", "SDG07", "SDG13"),
			"PEO", List.of("NS3", "MP10", "MP11", "MP12", "M12", "SDG04"),
			"LIV", List.of("NS4", "MP13", "MP15", "MP17", "M04", "M09", "SDG01", "SDG03", "SDG05", "SDG10"),
			"GOV", List.of("NS6", "MP20", "MP21", "MP22", "M13", "SDG16", "SDG17"));

	private ExpectedAlignment() {
	}

	/** The national codes a plan with goals in these dimensions is expected to align with. */
	public static Set<String> forDimensions(Collection<String> dimensions) {
		Set<String> expected = new LinkedHashSet<>(EVERY_PLAN);
		dimensions.forEach(dimension -> expected.addAll(BY_DIMENSION.getOrDefault(dimension, List.of())));
		return expected;
	}

	/**
	 * The first of these dimensions that expects the code, in their order — where to go and align it; empty when
	 * every plan expects it, or none of them does.
	 */
	public static Optional<String> dimensionExpecting(String code, Collection<String> dimensions) {
		return dimensions.stream().filter(dimension -> BY_DIMENSION.getOrDefault(dimension, List.of()).contains(code))
			.findFirst();
	}
}
