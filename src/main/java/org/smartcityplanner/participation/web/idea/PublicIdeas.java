package org.smartcityplanner.participation.web.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * Reads the public list's filters as typed into an address (page and API alike): a filter value that names no
 * dimension, area or public status is refused with a problem naming it, never silently dropped.
 */
@Component
class PublicIdeas {

	/** Ideas per public page: a phone screenful or two. */
	static final int PAGE_SIZE = 20;
	static final Set<IdeaStatus> PUBLIC_STATUSES = Set.of(IdeaStatus.PUBLISHED, IdeaStatus.ACCEPTED,
			IdeaStatus.DECLINED);

	private final IdeaApi ideas;
	private final IdeaChoices choices;

	PublicIdeas(IdeaApi ideas, IdeaChoices choices) {
		this.ideas = ideas;
		this.choices = choices;
	}

	/**
	 * One page of the public list with the filters that were used.
	 *
	 * @param dimension the dimension filter as used, or {@code null}
	 * @param area the area filter as used (its id as text), or {@code null}
	 * @param status the status filter as used, or {@code null}
	 * @param problems the unusable filters (then the page is empty)
	 */
	record Listing(String dimension, String area, String status, PageOf<IdeaSummary> page, List<Problem> problems) {
	}

	Listing listing(ProvinceCode province, String dimension, String area, String status, String page, Locale locale) {
		return listing(province, dimension, area, status, Paging.lenient(page).page(), PAGE_SIZE, locale);
	}

	Listing listing(ProvinceCode province, String dimension, String area, String status, int page, int size,
			Locale locale) {
		return listing(province, dimension, area, status, page, size, locale, choices.areas(province, locale));
	}

	/** The same with the province's areas as the caller read them for its page (read once per request). */
	Listing listing(ProvinceCode province, String dimension, String area, String status, int page, int size,
			Locale locale, List<IdeaChoices.Choice> areas) {
		List<Problem> problems = new ArrayList<>();
		String d = blankToNull(dimension);
		if (d != null && choices.dimensions(locale).stream().noneMatch(c -> c.value().equals(d))) {
			problems.add(Problem.of("dimension", "participation.idea.dimension.unknown", shorten(d)));
		}
		String a = blankToNull(area);
		if (a != null && areas.stream().noneMatch(c -> c.value().equals(a))) {
			problems.add(Problem.of("area", "participation.survey.answer.unknownArea", shorten(a)));
		}
		String s = blankToNull(status);
		IdeaStatus st = s == null ? null : PUBLIC_STATUSES.stream().filter(x -> x.name().equals(s)).findFirst().orElse(null);
		if (s != null && st == null) {
			problems.add(Problem.of("status", "participation.idea.public.unknownStatus", shorten(s)));
		}
		Paging paging = new Paging(Math.max(1, page), size);
		if (!problems.isEmpty()) {
			return new Listing(d, a, s, PageOf.of(List.of(), paging, 0), problems);
		}
		PageOf<IdeaSummary> found = ideas.list(province,
				IdeaFilter.publicOnly(d, a == null ? null : Long.valueOf(a), st), paging);
		return new Listing(d, a, s, found, List.of());
	}

	private static String blankToNull(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	private static String shorten(String typed) {
		return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
	}
}
