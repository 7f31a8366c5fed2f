package org.smartcityplanner.participation.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionRulesTests {

	static List<String> check(QuestionDraft draft) {
		return QuestionRules.check(draft, List.of(AnswerRulesTests.CHOICE, AnswerRulesTests.MINUTES)).stream()
			.map(p -> p.field() + ":" + p.messageKey().replace("participation.survey.question.", "")).toList();
	}

	static QuestionDraft draft(String kind, List<String> options, String min, String max, Long on, Integer option) {
		return new QuestionDraft(kind, "คำถาม", "", false, options, min, max, on, option);
	}

	@Test
	void acceptsEveryKindWellFormed() {
		assertThat(check(draft("SINGLE_CHOICE", List.of("ก", "ข"), "", "", null, null))).isEmpty();
		assertThat(check(draft("RANKING", List.of("ก", "ข", "ค"), "", "", null, null))).isEmpty();
		assertThat(check(draft("NUMBER", List.of(), "0", "๑๐๐", null, null))).isEmpty();
		assertThat(check(draft("TEXT", List.of(), "", "", 1L, 3))).isEmpty();
		assertThat(check(draft("MAP", List.of(" ", ""), "", "", null, null))).isEmpty();
	}

	@Test
	void refusesBadOptionsRangesAndConditionsByField() {
		assertThat(check(draft("MULTIPLE_CHOICE", List.of("ก"), "", "", null, null))).containsExactly("options:optionCount");
		assertThat(check(draft("SINGLE_CHOICE", List.of("ก", "ก"), "", "", null, null)))
			.containsExactly("options:optionRepeated");
		assertThat(check(draft("LIKERT", List.of("ก", "ข"), "", "", null, null))).containsExactly("options:noOptionsFor");
		assertThat(check(draft("NUMBER", List.of(), "10", "1", null, null))).containsExactly("max:minAboveMax");
		assertThat(check(draft("NUMBER", List.of(), "abc", "", null, null))).containsExactly("min:notANumber");
		assertThat(check(draft("TEXT", List.of(), "", "", 6L, 1))).containsExactly("conditionQuestionId:badCondition");
		assertThat(check(draft("TEXT", List.of(), "", "", 99L, 1))).containsExactly("conditionQuestionId:badCondition");
		assertThat(check(draft("TEXT", List.of(), "", "", 1L, 4))).containsExactly("conditionOption:badConditionOption");
		assertThat(check(draft("DRAWING", List.of(), "", "", null, null))).containsExactly("kind:unknownKind");
		assertThat(check(new QuestionDraft("TEXT", " ", "", false, List.of(), "", "", null, null)))
			.containsExactly("text:textRequired");
	}

	@Test
	void anOptionTypedWithLineBreaksStaysOneOption() {
		var draft = draft("SINGLE_CHOICE", List.of("หนึ่ง\nสอง", "สาม"), "", "", null, null);
		assertThat(draft.options()).containsExactly("หนึ่ง สอง", "สาม");
	}
}
