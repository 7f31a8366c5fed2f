package org.smartcityplanner.training;

import java.util.List;

/**
 * A case study as typed.
 *
 * @param titleTh Thai title
 * @param titleEn English title
 * @param place city or area
 * @param country country
 * @param startYear year C.E. or B.E. as typed, may be empty
 * @param dimensions smart-dimension codes
 * @param summary what was done
 * @param whatWorked what worked
 * @param whatFailed what failed
 * @param why lessons
 * @param sources one per line
 */
public record CaseStudyDraft(String titleTh, String titleEn, String place, String country, String startYear,
		List<String> dimensions, String summary, String whatWorked, String whatFailed, String why, String sources) {

	public CaseStudyDraft {
		dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
	}
}
