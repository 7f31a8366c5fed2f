package org.smartcityplanner.participation.domain.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.participation.Sector;

/**
 * Reads one respondent's answers from the raw form, online or typed from paper alike, so both count the same:
 * every question that was asked is checked by its kind ({@link QuestionReader}); a conditional question is asked
 * only when its earlier question got the given option, and an answer to a question that was not asked is refused
 * rather than silently dropped. Unknown fields are ignored only when they are not question fields.
 */
public final class AnswerRules {

	/** The form field of the respondent's sector ({@code GENERAL_PUBLIC} or blank for none). */
	public static final String SECTOR = "sector";
	/** The form field of the respondent's target area ({@code other} or blank for none). */
	public static final String AREA = "area";
	/** The value of {@link #SECTOR} for a member of the public. */
	public static final String GENERAL_PUBLIC = "GENERAL_PUBLIC";
	/** The value of an area field for "elsewhere in the province". */
	public static final String ELSEWHERE = "other";

	private AnswerRules() {
	}

	/** The answers read, or the problems found (then nothing may be stored). */
	public record Reading(AnswerSheet sheet, List<Problem> problems) {

		public Reading {
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * @param questions the survey's questions in order
	 * @param raw the form as sent
	 * @param areaIds the province's target areas (the only area ids accepted)
	 */
	public static Reading read(List<Question> questions, AnswerSheet.Raw raw, Set<Long> areaIds) {
		List<Problem> problems = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		QuestionReader reader = new QuestionReader(raw, areaIds, problems);
		for (Question question : questions) {
			boolean asked = isAsked(question, answers);
			Answer answer = reader.read(question);
			if (!asked) {
				if (answer != null) {
					problems.add(Problem.of(question.field(), "participation.survey.answer.notAsked"));
				}
				continue;
			}
			if (answer != null) {
				answers.add(answer);
			}
			else if (question.required() && !reader.hadProblem(question)) {
				problems.add(Problem.of(question.field(), "participation.survey.answer.required"));
			}
		}
		Sector sector = sector(raw.value(SECTOR), problems);
		Long area = area(raw.value(AREA), areaIds, AREA, problems);
		return new Reading(new AnswerSheet(answers, sector, area), problems);
	}

	/** Whether the question is asked, given the answers to the questions before it. */
	public static boolean isAsked(Question question, List<Answer> earlier) {
		if (question.condition() == null) {
			return true;
		}
		return earlier.stream()
			.filter(a -> a.questionId() == question.condition().questionId() && a instanceof Answer.Choices)
			.anyMatch(a -> ((Answer.Choices) a).options().contains(question.condition().option()));
	}

	static Sector sector(String typed, List<Problem> problems) {
		if (typed.isEmpty() || typed.equals(GENERAL_PUBLIC)) {
			return null;
		}
		Sector sector = Sector.parse(typed);
		if (sector == null) {
			problems.add(Problem.of(SECTOR, "participation.survey.answer.unknownSector", typed));
		}
		return sector;
	}

	static Long area(String typed, Set<Long> areaIds, String field, List<Problem> problems) {
		if (typed.isEmpty() || typed.equals(ELSEWHERE)) {
			return null;
		}
		try {
			long id = Long.parseLong(typed);
			if (areaIds.contains(id)) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// reported below like any other unknown area
		}
		problems.add(Problem.of(field, "participation.survey.answer.unknownArea", typed));
		return null;
	}

	static Set<Long> fieldsWithProblems(List<Problem> problems) {
		Set<Long> ids = new HashSet<>();
		for (Problem p : problems) {
			if (p.field() != null && p.field().matches("q\\d+")) {
				ids.add(Long.parseLong(p.field().substring(1)));
			}
		}
		return ids;
	}
}
