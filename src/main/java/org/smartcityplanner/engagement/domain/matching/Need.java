package org.smartcityplanner.engagement.domain.matching;

/**
 * One thing the province needs the team to cover: a smart dimension someone can lead, or a field of expertise.
 *
 * @param kind dimension or expertise
 * @param code the reference smart-dimension code (e.g. {@code ENV}) or an {@link ExpertiseTag} name
 */
public record Need(Kind kind, String code) {

	/** What kind of need. */
	public enum Kind {
		DIMENSION, EXPERTISE
	}

	public static Need dimension(String code) {
		return new Need(Kind.DIMENSION, code);
	}

	public static Need expertise(ExpertiseTag tag) {
		return new Need(Kind.EXPERTISE, tag.name());
	}
}
