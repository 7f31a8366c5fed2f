package org.smartcityplanner.engagement.web.pool;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;

/**
 * The pool list's filters; an empty field does not filter. Unknown values in the query string are refused by
 * binding (the page then shows the field's message), never silently ignored.
 *
 * @param rank only this rank
 * @param tag only with this expertise
 * @param dimension only able to lead this dimension
 * @param region only from this home region
 * @param available only those under their cap
 * @param on the day whose load is shown (today by default)
 */
record ConsultantFilter(ConsultantRank rank, ExpertiseTag tag, String dimension, String region, Boolean available,
		LocalDate on) {

	List<ConsultantView> apply(List<ConsultantView> consultants) {
		return consultants.stream()
			.filter(c -> rank == null || c.rank() == rank)
			.filter(c -> tag == null || c.tags().contains(tag))
			.filter(c -> dimension == null || dimension.isBlank() || c.dimensions().contains(dimension))
			.filter(c -> region == null || region.isBlank() || region.equals(c.homeRegion()))
			.filter(c -> !Boolean.TRUE.equals(available) || !c.atCap())
			.toList();
	}

	LocalDate day() {
		return on == null ? LocalDate.now() : on;
	}
}
