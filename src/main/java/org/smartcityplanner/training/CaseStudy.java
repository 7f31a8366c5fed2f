package org.smartcityplanner.training;

import java.util.List;

import org.smartcityplanner.shared.LocalizedText;

/**
 * A smart-city case for teaching: what was tried, what worked, what failed and why.
 *
 * @param id database id
 * @param title title
 * @param place city or area
 * @param country country
 * @param startYear year (C.E.) it started, may be {@code null}
 * @param dimensions smart-dimension codes it concerns
 * @param summary what was done
 * @param whatWorked what worked
 * @param whatFailed what failed or fell short
 * @param why the lessons: why it went that way
 * @param sources where to read more, one per line
 * @param version optimistic-locking version
 */
public record CaseStudy(long id, LocalizedText title, String place, String country, Integer startYear,
		List<String> dimensions, String summary, String whatWorked, String whatFailed, String why, String sources,
		int version) {

	public CaseStudy {
		dimensions = List.copyOf(dimensions);
	}

	public List<String> sourceLines() {
		return sources.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
