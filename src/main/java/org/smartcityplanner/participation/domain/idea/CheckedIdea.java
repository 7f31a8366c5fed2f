package org.smartcityplanner.participation.domain.idea;

import java.math.BigDecimal;

/**
 * An idea that passed {@link IdeaRules#check}: trimmed text, a known dimension, a known area or none, and a map
 * point that is both coordinates or neither.
 */
public record CheckedIdea(String title, String description, String dimensionCode, Long areaId, BigDecimal latitude,
		BigDecimal longitude) {
}
