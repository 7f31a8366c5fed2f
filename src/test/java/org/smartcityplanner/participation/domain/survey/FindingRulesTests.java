package org.smartcityplanner.participation.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FindingRulesTests {

	private static final Set<Long> QUESTIONS = Set.of(11L, 12L);

	@Test
	void acceptsAStatementWithItsFiguresAndTheSurveysQuestions() {
		assertThat(FindingRules.check(new FindingDraft("น้ำท่วมมาก่อน", "ข้อ 2: 82 จาก 120 คน", List.of(12L, 11L)),
				QUESTIONS)).isEmpty();
	}

	@Test
	void refusesAFindingWithoutStatementFiguresOrQuestion() {
		assertThat(FindingRules.check(new FindingDraft(" ", null, List.of()), QUESTIONS)).extracting(Problem::field)
			.containsExactly("statement", "basis", "questionIds");
	}

	@Test
	void refusesAQuestionOfAnotherSurvey() {
		assertThat(FindingRules.check(new FindingDraft("ก", "ข", List.of(11L, 99L)), QUESTIONS))
			.containsExactly(Problem.of("questionIds", "participation.finding.questionUnknown", 99L));
	}

	@Test
	void refusesMarkupAndOverlongText() {
		assertThat(FindingRules.check(new FindingDraft("<script>x</script>", "ก".repeat(501), List.of(11L)),
				QUESTIONS)).extracting(Problem::field).containsExactly("statement", "basis");
	}

	@Test
	void normalisingStripsTextAndKeepsEachQuestionOnceInOrder() {
		FindingDraft draft = FindingRules.normalised(new FindingDraft(" ก ", " ข ", Arrays.asList(12L, null, 11L, 12L)));
		assertThat(draft).isEqualTo(new FindingDraft("ก", "ข", List.of(12L, 11L)));
	}

	@Test
	void suggestsTheLeadingOptionOfEachAnsweredQuestionTheFirstOnATie() {
		var flooding = new FindingSuggestions.Result(1, 1, QuestionKind.MULTIPLE_CHOICE, "ปัญหา", 120,
				List.of(new FindingSuggestions.Option("รถติด", 40, new BigDecimal("33.33")),
						new FindingSuggestions.Option("น้ำท่วม", 82, new BigDecimal("68.33"))));
		var tie = new FindingSuggestions.Result(2, 2, QuestionKind.RANKING, "ลำดับ", 10,
				List.of(new FindingSuggestions.Option("ขนส่ง", 5, new BigDecimal("50")),
						new FindingSuggestions.Option("สุขภาพ", 5, new BigDecimal("50"))));
		var unanswered = new FindingSuggestions.Result(3, 3, QuestionKind.SINGLE_CHOICE, "ไม่มีใครตอบ", 0,
				List.of(new FindingSuggestions.Option("ก", 0, BigDecimal.ZERO)));
		var text = new FindingSuggestions.Result(4, 4, QuestionKind.TEXT, "ข้อเสนอ", 7, List.of());

		assertThat(FindingSuggestions.from(List.of(flooding, tie, unanswered, text))).containsExactly(
				new FindingSuggestions.Suggestion(1, 1, QuestionKind.MULTIPLE_CHOICE, "ปัญหา", "น้ำท่วม", 82, 120,
						new BigDecimal("68.33")),
				new FindingSuggestions.Suggestion(2, 2, QuestionKind.RANKING, "ลำดับ", "ขนส่ง", 5, 10,
						new BigDecimal("50")));
	}
}
