package org.smartcityplanner.participation.web.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff list's filters as they came in the address: status (the moderation queue of ideas awaiting a decision
 * unless another status or {@code ALL} is asked for), smart dimension and target area. A value that names nothing
 * is reported by its field and left out of the filter, never guessed.
 *
 * @param status the status shown, or {@code null} for all
 * @param dimension the dimension's code, or {@code null}
 * @param area the target area's id, or {@code null}
 * @param problems the values that could not be used
 */
public record StaffIdeaFilter(IdeaStatus status, String dimension, Long area, List<Problem> problems) {

	/** The status parameter that lists ideas of every status. */
	static final String ALL = "ALL";

	static StaffIdeaFilter read(String status, String dimension, String area, Set<String> dimensions,
			Set<Long> areas) {
		List<Problem> problems = new ArrayList<>();
		IdeaStatus chosen = IdeaStatus.PUBLISHED;
		String typedStatus = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
		if (ALL.equals(typedStatus)) {
			chosen = null;
		}
		else if (!typedStatus.isEmpty()) {
			chosen = status(typedStatus, problems);
		}
		String typedDimension = dimension == null ? "" : dimension.strip();
		String chosenDimension = null;
		if (dimensions.contains(typedDimension)) {
			chosenDimension = typedDimension;
		}
		else if (!typedDimension.isEmpty()) {
			problems.add(Problem.of("dimension", "participation.idea.staff.filterUnknown", shorten(typedDimension)));
		}
		String typedArea = area == null ? "" : area.strip();
		Long chosenArea = null;
		if (typedArea.matches("\\d{1,18}") && areas.contains(Long.parseLong(typedArea))) {
			chosenArea = Long.parseLong(typedArea);
		}
		else if (!typedArea.isEmpty()) {
			problems.add(Problem.of("area", "participation.idea.staff.filterUnknown", shorten(typedArea)));
		}
		return new StaffIdeaFilter(chosen, chosenDimension, chosenArea, List.copyOf(problems));
	}

	/** The filter staff lists use: hidden ideas included. */
	IdeaFilter toFilter() {
		return new IdeaFilter(dimension, area, status, true);
	}

	/** The status parameter that shows this list again ({@code ALL} for every status). */
	public String statusParam() {
		return status == null ? ALL : status.name();
	}

	/** The list's address with these filters, for the page links. */
	String path(String base) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base).queryParam("status", statusParam());
		if (dimension != null) {
			uri.queryParam("dimension", dimension);
		}
		if (area != null) {
			uri.queryParam("area", area);
		}
		return uri.build().toUriString();
	}

	private static IdeaStatus status(String typed, List<Problem> problems) {
		try {
			return IdeaStatus.valueOf(typed);
		}
		catch (IllegalArgumentException unknown) {
			problems.add(Problem.of("status", "participation.idea.staff.filterUnknown", shorten(typed)));
			return IdeaStatus.PUBLISHED;
		}
	}

	private static String shorten(String typed) {
		return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
	}
}
