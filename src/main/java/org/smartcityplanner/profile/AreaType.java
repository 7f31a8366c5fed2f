package org.smartcityplanner.profile;

/**
 * Kinds of smart-city target area, following the committee's new-city / liveable-city split and the usual
 * provincial area types.
 */
public enum AreaType {
	OLD_TOWN, NEW_TOWN, TOURISM, INDUSTRIAL, BORDER, AGRICULTURAL, LOGISTICS, EDUCATION
}
