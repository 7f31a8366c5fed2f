package org.smartcityplanner.participation.internal.survey;

import java.util.List;

import org.smartcityplanner.participation.Survey;

/**
 * A survey as its public link shows it.
 *
 * @param survey the survey and its questions
 * @param provinceName the province's name, in Thai and English
 * @param areas the province's target areas, for the area questions and the respondent's area
 * @param open whether it takes answers now
 * @param closedReason why not, as a message key, when it does not
 */
public record PublicSurvey(Survey survey, org.smartcityplanner.shared.LocalizedText provinceName, List<Area> areas,
		boolean open, String closedReason) {

	public PublicSurvey {
		areas = List.copyOf(areas);
	}

	/** The ids of the areas an answer may name. */
	public java.util.Set<Long> areaIds() {
		return areas.stream().map(Area::id).collect(java.util.stream.Collectors.toSet());
	}

	/** A target area to choose from. */
	public record Area(long id, org.smartcityplanner.shared.LocalizedText name) {
	}
}
