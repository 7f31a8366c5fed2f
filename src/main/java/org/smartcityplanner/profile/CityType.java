package org.smartcityplanner.profile;

/**
 * The committee's split of smart-city proposals (criterion 1): a new city built on open land, or an existing
 * city made liveable.
 */
public enum CityType {
	/** เมืองใหม่: a new town planned from the start. */
	NEW_CITY,
	/** เมืองน่าอยู่ (เมืองเดิม): an existing town upgraded to be liveable. */
	LIVEABLE_CITY
}
