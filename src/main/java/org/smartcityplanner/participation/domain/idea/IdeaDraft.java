package org.smartcityplanner.participation.domain.idea;

/**
 * An idea as typed, before {@link IdeaRules} reads it: the numbers stay text so a wrong one is refused naming
 * its field rather than failing on the way in.
 *
 * @param title short name, up to {@link IdeaRules#MAX_TITLE} characters
 * @param description what and why, up to {@link IdeaRules#MAX_DESCRIPTION} characters
 * @param dimension the smart dimension's code (reference list SMART_DIMENSION), e.g. {@code ENV}
 * @param area the target area's id, or blank for the whole province
 * @param latitude the map point's latitude, or blank (then the longitude is blank too)
 * @param longitude the map point's longitude, or blank
 */
public record IdeaDraft(String title, String description, String dimension, String area, String latitude,
		String longitude) {
}
