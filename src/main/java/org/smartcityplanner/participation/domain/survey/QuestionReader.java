package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the answer to one question by its kind. Returns {@code null} when nothing was answered or the answer is
 * unusable; in the second case a problem naming the question's field is added.
 */
final class QuestionReader {

	// the bounding box of Thailand: a point outside it cannot be in the province
	private static final BigDecimal MIN_LAT = new BigDecimal("5.5");
	private static final BigDecimal MAX_LAT = new BigDecimal("20.5");
	private static final BigDecimal MIN_LON = new BigDecimal("97.3");
	private static final BigDecimal MAX_LON = new BigDecimal("105.7");

	private final AnswerSheet.Raw raw;
	private final Set<Long> areaIds;
	private final List<Problem> problems;

	QuestionReader(AnswerSheet.Raw raw, Set<Long> areaIds, List<Problem> problems) {
		this.raw = raw;
		this.areaIds = areaIds;
		this.problems = problems;
	}

	boolean hadProblem(Question question) {
		return AnswerRules.fieldsWithProblems(problems).contains(question.id());
	}

	Answer read(Question q) {
		return switch (q.kind()) {
			case SINGLE_CHOICE, LIKERT -> single(q);
			case MULTIPLE_CHOICE -> multiple(q);
			case RANKING -> ranking(q);
			case NUMBER -> number(q);
			case TEXT -> text(q);
			case MAP -> place(q);
		};
	}

	private Answer single(Question q) {
		List<String> values = raw.values(q.field());
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			return problem(q, "participation.survey.answer.oneOnly");
		}
		Integer option = option(q, values.get(0));
		return option == null ? null : new Answer.Choices(q.id(), List.of(option));
	}

	private Answer multiple(Question q) {
		List<String> values = raw.values(q.field());
		if (values.isEmpty()) {
			return null;
		}
		Set<Integer> chosen = new java.util.TreeSet<>();
		for (String value : values) {
			Integer option = option(q, value);
			if (option == null) {
				return null;
			}
			chosen.add(option);
		}
		return new Answer.Choices(q.id(), List.copyOf(chosen));
	}

	private Integer option(Question q, String value) {
		int count = q.optionCount();
		try {
			// Likert answers are the points 1–5; choice answers are option numbers from 1, as printed on paper
			int index = Integer.parseInt(value) - 1;
			if (index >= 0 && index < count) {
				return index;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problem(q, "participation.survey.answer.unknownOption", value, count);
		return null;
	}

	private Answer ranking(Question q) {
		int count = q.optionCount();
		List<Integer> ranks = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		int given = 0;
		for (int i = 0; i < count; i++) {
			String value = raw.value(q.field() + "_" + (i + 1));
			if (value.isEmpty()) {
				ranks.add(null);
				continue;
			}
			given++;
			Integer rank = value.matches("\\d{1,2}") ? Integer.valueOf(value) : null;
			if (rank == null || rank < 1 || rank > count || !seen.add(rank)) {
				return problem(q, "participation.survey.answer.badRanking", count);
			}
			ranks.add(rank);
		}
		if (given == 0) {
			return null;
		}
		if (given < count) {
			return problem(q, "participation.survey.answer.badRanking", count);
		}
		return new Answer.Ranks(q.id(), ranks);
	}

	private Answer number(Question q) {
		String typed = raw.value(q.field());
		if (typed.isEmpty()) {
			return null;
		}
		BigDecimal value = typed.length() > 40 ? null : TextRules.number(typed);
		if (value == null) {
			return problem(q, "participation.survey.answer.notANumber", abbreviate(typed));
		}
		if ((q.min() != null && value.compareTo(q.min()) < 0) || (q.max() != null && value.compareTo(q.max()) > 0)) {
			return problem(q, "participation.survey.answer.outOfRange", plain(q.min()), plain(q.max()));
		}
		return new Answer.Number(q.id(), value);
	}

	private Answer text(Question q) {
		String typed = raw.value(q.field());
		if (typed.isEmpty()) {
			return null;
		}
		var problem = TextRules.check(q.field(), typed, TextRules.MAX_TEXT);
		if (problem.isPresent()) {
			problems.add(problem.get());
			return null;
		}
		return new Answer.Text(q.id(), typed);
	}

	private Answer place(Question q) {
		String typed = raw.value(q.field());
		String lat = raw.value(q.field() + "_lat");
		String lon = raw.value(q.field() + "_lon");
		if (typed.isEmpty() && lat.isEmpty() && lon.isEmpty()) {
			return null;
		}
		int before = problems.size();
		Long area = AnswerRules.area(typed, areaIds, q.field(), problems);
		if (problems.size() > before) {
			return null;
		}
		if (lat.isEmpty() != lon.isEmpty()) {
			return problem(q, "participation.survey.answer.badPoint");
		}
		BigDecimal latitude = lat.isEmpty() ? null : TextRules.number(lat);
		BigDecimal longitude = lon.isEmpty() ? null : TextRules.number(lon);
		if (!lat.isEmpty() && (latitude == null || longitude == null || latitude.compareTo(MIN_LAT) < 0
				|| latitude.compareTo(MAX_LAT) > 0 || longitude.compareTo(MIN_LON) < 0 || longitude.compareTo(MAX_LON) > 0)) {
			return problem(q, "participation.survey.answer.badPoint");
		}
		return new Answer.Place(q.id(), area, latitude, longitude);
	}

	private Answer problem(Question q, String key, Object... args) {
		problems.add(Problem.of(q.field(), key, args));
		return null;
	}

	private static String abbreviate(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "…" : text;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "–" : value.stripTrailingZeros().toPlainString();
	}
}
