package org.smartcityplanner.engagement.domain.matching;

/**
 * The institute's nine fields of expertise; labels come from the messages {@code pool.tag.<NAME>}.
 */
public enum ExpertiseTag {
	URBAN_PLANNING, DIGITAL_DATA, ENERGY, ENVIRONMENT, MOBILITY, ECONOMY_INVESTMENT, GOVERNANCE, PARTICIPATION,
	TRAINING
}
