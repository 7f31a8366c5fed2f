package org.smartcityplanner.plan.model.readiness;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the readiness check needs besides the plan: reference data, the province's target areas and the
 * thresholds the committee sets.
 *
 * @param dimensionCodes the smart dimensions, in display order
 * @param targetAreas the province's target areas by id, kept in id order
 * @param mandatoryDimension the dimension every proposal must serve, or {@code null} for none; still to be
 *        confirmed against the current announcement, hence configurable
 * @param minimumDimensions how many dimensions the projects must cover at least
 * @param participation what the participation module has on record for the province
 */
public record ReadinessContext(Set<String> dimensionCodes, Map<Long, AreaInfo> targetAreas,
		String mandatoryDimension, int minimumDimensions, ParticipationFacts participation) {

	/** The seven smart dimensions of Smart City Thailand, in their official order. */
	public static final List<String> SMART_DIMENSIONS = List.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");

	/** Smart Environment, named as the required dimension at the programme's launch. */
	public static final String DEFAULT_MANDATORY_DIMENSION = "ENV";

	/** The committee asks for at least two dimensions. */
	public static final int DEFAULT_MINIMUM_DIMENSIONS = 2;

	public ReadinessContext {
		dimensionCodes = Collections.unmodifiableSet(new LinkedHashSet<>(dimensionCodes));
		targetAreas = Collections.unmodifiableMap(new TreeMap<>(targetAreas));
		participation = participation == null ? ParticipationFacts.NONE : participation;
		if (minimumDimensions < 0) {
			throw new IllegalArgumentException("The minimum number of dimensions cannot be negative");
		}
	}

	/**
	 * The seven dimensions and the committee's defaults, with these target areas and this participation record.
	 */
	public static ReadinessContext withDefaults(Map<Long, AreaInfo> targetAreas, ParticipationFacts participation) {
		return new ReadinessContext(new LinkedHashSet<>(SMART_DIMENSIONS), targetAreas, DEFAULT_MANDATORY_DIMENSION,
				DEFAULT_MINIMUM_DIMENSIONS, participation);
	}
}
