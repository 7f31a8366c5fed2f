package org.smartcityplanner.participation.domain.idea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.TextRules;

/**
 * What a proposed idea must be, online and on paper alike: a title and a description in plain text (no HTML, no
 * spreadsheet formula) within their lengths, one of the smart dimensions, a target area of the province or none,
 * and a map point inside Thailand or none. Every problem names its field; nothing is guessed.
 */
public final class IdeaRules {

	public static final int MAX_TITLE = 150;
	public static final int MAX_DESCRIPTION = 4000;
	/** The map point must lie in Thailand's bounding box (the survey's place questions use the same). */
	static final BigDecimal MIN_LAT = new BigDecimal("5.5");
	static final BigDecimal MAX_LAT = new BigDecimal("20.5");
	static final BigDecimal MIN_LON = new BigDecimal("97.3");
	static final BigDecimal MAX_LON = new BigDecimal("105.7");

	private IdeaRules() {
	}

	/**
	 * Reads and checks a draft.
	 *
	 * @param dimensions the codes of the smart dimensions
	 * @param areaIds the ids of the province's target areas
	 * @return the idea ready to store, or the problems (then nothing may be stored)
	 */
	public static Checked check(IdeaDraft draft, Set<String> dimensions, Set<Long> areaIds) {
		List<Problem> problems = new ArrayList<>();
		String title = text(draft.title(), "title", MAX_TITLE, problems);
		String description = text(draft.description(), "description", MAX_DESCRIPTION, problems);
		String dimension = trim(draft.dimension());
		if (dimension.isEmpty()) {
			problems.add(Problem.of("dimension", "participation.idea.dimension.required"));
		}
		else if (!dimensions.contains(dimension)) {
			problems.add(Problem.of("dimension", "participation.idea.dimension.unknown", shorten(dimension)));
		}
		Long area = area(trim(draft.area()), areaIds, problems);
		BigDecimal[] point = point(trim(draft.latitude()), trim(draft.longitude()), problems);
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new CheckedIdea(title, description, dimension, area, point[0], point[1]), List.of());
	}

	/**
	 * The outcome of {@link #check}.
	 *
	 * @param idea the idea to store, or {@code null} when there are problems
	 * @param problems what to correct
	 */
	public record Checked(CheckedIdea idea, List<Problem> problems) {

		public Checked {
			problems = List.copyOf(problems);
		}

		public boolean valid() {
			return problems.isEmpty();
		}
	}

	private static String text(String typed, String field, int max, List<Problem> problems) {
		String text = trim(typed);
		if (text.isEmpty()) {
			problems.add(Problem.of(field, "participation.idea." + field + ".required"));
			return text;
		}
		TextRules.check(field, text, max).ifPresent(problems::add);
		return text;
	}

	private static Long area(String typed, Set<Long> areaIds, List<Problem> problems) {
		if (typed.isEmpty()) {
			return null;
		}
		if (typed.matches("\\d{1,18}") && areaIds.contains(Long.parseLong(typed))) {
			return Long.parseLong(typed);
		}
		problems.add(Problem.of("area", "participation.survey.answer.unknownArea", shorten(typed)));
		return null;
	}

	private static BigDecimal[] point(String lat, String lon, List<Problem> problems) {
		if (lat.isEmpty() && lon.isEmpty()) {
			return new BigDecimal[2];
		}
		BigDecimal latitude = lat.isEmpty() ? null : TextRules.number(lat);
		BigDecimal longitude = lon.isEmpty() ? null : TextRules.number(lon);
		if (latitude == null || latitude.compareTo(MIN_LAT) < 0 || latitude.compareTo(MAX_LAT) > 0) {
			problems.add(Problem.of("latitude", "participation.survey.answer.badPoint"));
		}
		if (longitude == null || longitude.compareTo(MIN_LON) < 0 || longitude.compareTo(MAX_LON) > 0) {
			problems.add(Problem.of("longitude", "participation.survey.answer.badPoint"));
		}
		if (latitude == null || longitude == null) {
			return new BigDecimal[2];
		}
		// the columns keep six decimals (about 10 cm): more is noise of the device
		return new BigDecimal[] { latitude.setScale(6, java.math.RoundingMode.HALF_UP),
				longitude.setScale(6, java.math.RoundingMode.HALF_UP) };
	}

	private static String trim(String typed) {
		return typed == null ? "" : typed.strip();
	}

	/** Echoes at most 40 characters of an unusable value (a 1 MB value is not repeated back). */
	private static String shorten(String typed) {
		return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
	}
}
