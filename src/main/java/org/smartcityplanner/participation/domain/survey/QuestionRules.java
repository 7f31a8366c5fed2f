package org.smartcityplanner.participation.domain.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a question must be before it joins a survey: a known kind, a question text, 2–20 distinct options for a
 * choice question (2–10 for a ranking, which people must order in full), a minimum not above the maximum, and a
 * condition only on an earlier choice or Likert question and one of its options.
 */
public final class QuestionRules {

	public static final int MAX_QUESTIONS = 60;
	public static final int MAX_QUESTION_TEXT = 500;
	public static final int MAX_OPTION_TEXT = 200;
	public static final int MAX_OPTIONS = 20;
	public static final int MAX_RANKED = 10;

	private QuestionRules() {
	}

	/**
	 * @param draft the question typed
	 * @param earlier the survey's questions it would follow
	 * @return the problems; empty when the question may be added
	 */
	public static List<Problem> check(QuestionDraft draft, List<Question> earlier) {
		List<Problem> problems = new ArrayList<>();
		QuestionKind kind = QuestionKind.parse(draft.kind());
		if (kind == null) {
			problems.add(Problem.of("kind", "participation.survey.question.unknownKind", draft.kind()));
		}
		if (earlier.size() >= MAX_QUESTIONS) {
			problems.add(Problem.of(null, "participation.survey.question.tooMany", MAX_QUESTIONS));
		}
		if (draft.text().isEmpty()) {
			problems.add(Problem.of("text", "participation.survey.question.textRequired"));
		}
		TextRules.check("text", draft.text(), MAX_QUESTION_TEXT).ifPresent(problems::add);
		TextRules.check("help", draft.help(), MAX_QUESTION_TEXT).ifPresent(problems::add);
		if (kind != null && kind.hasOptions()) {
			options(draft, kind, problems);
		}
		else if (!draft.options().isEmpty()) {
			problems.add(Problem.of("options", "participation.survey.question.noOptionsFor"));
		}
		if (kind == QuestionKind.NUMBER) {
			range(draft, problems);
		}
		condition(draft, earlier, problems);
		return problems;
	}

	private static void options(QuestionDraft draft, QuestionKind kind, List<Problem> problems) {
		int most = kind == QuestionKind.RANKING ? MAX_RANKED : MAX_OPTIONS;
		if (draft.options().size() < 2 || draft.options().size() > most) {
			problems.add(Problem.of("options", "participation.survey.question.optionCount", 2, most));
		}
		if (new HashSet<>(draft.options()).size() < draft.options().size()) {
			problems.add(Problem.of("options", "participation.survey.question.optionRepeated"));
		}
		for (String option : draft.options()) {
			TextRules.check("options", option, MAX_OPTION_TEXT).ifPresent(problems::add);
		}
	}

	private static void range(QuestionDraft draft, List<Problem> problems) {
		BigDecimal min = draft.min().isEmpty() ? null : TextRules.number(draft.min());
		BigDecimal max = draft.max().isEmpty() ? null : TextRules.number(draft.max());
		if (!draft.min().isEmpty() && min == null) {
			problems.add(Problem.of("min", "participation.survey.question.notANumber", draft.min()));
		}
		if (!draft.max().isEmpty() && max == null) {
			problems.add(Problem.of("max", "participation.survey.question.notANumber", draft.max()));
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			problems.add(Problem.of("max", "participation.survey.question.minAboveMax"));
		}
	}

	private static void condition(QuestionDraft draft, List<Question> earlier, List<Problem> problems) {
		if (draft.conditionQuestionId() == null && draft.conditionOption() == null) {
			return;
		}
		Optional<Question> on = earlier.stream().filter(q -> draft.conditionQuestionId() != null
				&& q.id() == draft.conditionQuestionId()).findFirst();
		if (on.isEmpty() || !on.get().kind().isCountedByOption()) {
			problems.add(Problem.of("conditionQuestionId", "participation.survey.question.badCondition"));
			return;
		}
		Integer option = draft.conditionOption();
		if (option == null || option < 1 || option > on.get().optionCount()) {
			problems.add(Problem.of("conditionOption", "participation.survey.question.badConditionOption",
					on.get().optionCount()));
		}
	}

	/** The checked draft as a question at the given position (call only when {@link #check} found nothing). */
	public static Question toQuestion(long id, int position, QuestionDraft draft) {
		QuestionKind kind = QuestionKind.parse(draft.kind());
		Question.Condition condition = draft.conditionQuestionId() == null ? null
				: new Question.Condition(draft.conditionQuestionId(), draft.conditionOption() - 1);
		return new Question(id, position, kind, draft.text(), draft.help(), draft.required(),
				kind.hasOptions() ? draft.options() : List.of(),
				draft.min().isEmpty() ? null : TextRules.number(draft.min()),
				draft.max().isEmpty() ? null : TextRules.number(draft.max()), condition);
	}
}
