package org.smartcityplanner.participation.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Sector;

class AnswerRulesTests {

	static final Question CHOICE = new Question(1, 1, QuestionKind.SINGLE_CHOICE, "mode", "", true,
			List.of("car", "bus", "walk"), null, null, null);
	static final Question WHY = new Question(2, 2, QuestionKind.TEXT, "why not the bus", "", true, List.of(), null,
			null, new Question.Condition(1, 0));
	static final Question MANY = new Question(3, 3, QuestionKind.MULTIPLE_CHOICE, "problems", "", false,
			List.of("a", "b", "c"), null, null, null);
	static final Question SCALE = new Question(4, 4, QuestionKind.LIKERT, "safe", "", false, List.of(), null, null,
			null);
	static final Question RANK = new Question(5, 5, QuestionKind.RANKING, "order", "", false, List.of("x", "y", "z"),
			null, null, null);
	static final Question MINUTES = new Question(6, 6, QuestionKind.NUMBER, "minutes", "", false, List.of(),
			BigDecimal.ZERO, BigDecimal.valueOf(300), null);
	static final Question PLACE = new Question(7, 7, QuestionKind.MAP, "where", "", false, List.of(), null, null, null);
	static final List<Question> ALL = List.of(CHOICE, WHY, MANY, SCALE, RANK, MINUTES, PLACE);

	static AnswerRules.Reading read(String... fields) {
		Map<String, List<String>> form = new HashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.computeIfAbsent(fields[i], k -> new java.util.ArrayList<>()).add(fields[i + 1]);
		}
		return AnswerRules.read(ALL, new AnswerSheet.Raw(form), Set.of(11L, 12L));
	}

	static List<String> keys(AnswerRules.Reading reading) {
		return reading.problems().stream().map(p -> p.field() + ":" + p.messageKey().replace("participation.survey.answer.", ""))
			.toList();
	}

	@Test
	void readsEveryKindOfAnswer() {
		var reading = read("q1", "1", "q2", " ไม่มีรถผ่าน ", "q3", "1", "q3", "3", "q4", "5", "q5_1", "2", "q5_2", "3",
				"q5_3", "1", "q6", "๑๒๐", "q7", "12", "q7_lat", "16.82", "q7_lon", "100.26", "sector", "ACADEMIA",
				"area", "other");
		assertThat(reading.problems()).isEmpty();
		AnswerSheet sheet = reading.sheet();
		assertThat(sheet.sector()).isEqualTo(Sector.ACADEMIA);
		assertThat(sheet.areaId()).isNull();
		assertThat(sheet.answers()).containsExactly(new Answer.Choices(1, List.of(0)), new Answer.Text(2, "ไม่มีรถผ่าน"),
				new Answer.Choices(3, List.of(0, 2)), new Answer.Choices(4, List.of(4)),
				new Answer.Ranks(5, List.of(2, 3, 1)), new Answer.Number(6, new BigDecimal("120")),
				new Answer.Place(7, 12L, new BigDecimal("16.82"), new BigDecimal("100.26")));
	}

	@Test
	void aNumberWithASeparatorOutOfPlaceIsRefusedNotGuessed() {
		// "1,20" is 1.20 to some readers and 120 to others: the application's one number reader refuses it
		assertThat(keys(read("q1", "1", "q3", "1", "q4", "5", "q5_1", "2", "q5_2", "3", "q5_3", "1", "q6", "๑,๒๐",
				"sector", "ACADEMIA", "area", "other"))).contains("q6:notANumber");
	}

	@Test
	void asksAConditionalQuestionOnlyAfterItsAnswerAndRefusesAnAnswerToItOtherwise() {
		assertThat(keys(read("q1", "1"))).containsExactly("q2:required");
		assertThat(keys(read("q1", "2"))).isEmpty();
		assertThat(keys(read("q1", "2", "q2", "เพราะ"))).containsExactly("q2:notAsked");
	}

	@Test
	void refusesUnusableAnswersByField() {
		assertThat(keys(read("q1", "4", "q3", "x", "q4", "6", "q6", "301", "q7", "99", "sector", "MARS")))
			.containsExactly("q1:unknownOption", "q3:unknownOption", "q4:unknownOption", "q6:outOfRange",
					"q7:unknownArea", "sector:unknownSector");
		assertThat(keys(read("q1", "1", "q1", "2"))).containsExactly("q1:oneOnly");
		assertThat(keys(read("q1", "2", "q5_1", "1", "q5_2", "1", "q5_3", "2"))).containsExactly("q5:badRanking");
		assertThat(keys(read("q1", "2", "q5_1", "1"))).containsExactly("q5:badRanking");
		assertThat(keys(read("q1", "2", "q6", "สามสิบ"))).containsExactly("q6:notANumber");
		assertThat(keys(read("q1", "2", "q7", "11", "q7_lat", "51.5", "q7_lon", "0.1"))).containsExactly("q7:badPoint");
		assertThat(keys(read("q1", "2", "q7_lat", "16.8"))).containsExactly("q7:badPoint");
	}

	@Test
	void refusesHtmlFormulasAndOversizedText() {
		assertThat(keys(read("q1", "1", "q2", "<img src=x onerror=alert(1)>"))).containsExactly("q2:html");
		assertThat(keys(read("q1", "1", "q2", "=1+1"))).containsExactly("q2:formula");
		assertThat(keys(read("q1", "1", "q2", "ก".repeat(TextRules.MAX_TEXT + 1)))).containsExactly("q2:tooLong");
		// a comparison in words is not a tag
		assertThat(keys(read("q1", "1", "q2", "ค่าโดยสาร < 20 บาท ก็พอ"))).isEmpty();
	}

	@Test
	void aPaperFormWithNothingButTheRespondentIsOnlyMissingItsRequiredAnswers() {
		assertThat(keys(read("sector", "GENERAL_PUBLIC"))).containsExactly("q1:required");
		assertThat(read("q1", "2", "sector", "GENERAL_PUBLIC").sheet().sector()).isNull();
	}
}
