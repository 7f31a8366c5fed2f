package org.smartcityplanner.participation.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveyResults.OptionResult;
import org.smartcityplanner.participation.SurveyResults.QuestionResult;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.domain.survey.SurveyState;

/** What of a survey's results the public sees: small cells hidden, zeros shown, no open answers, no thin means. */
class PublicResultsTests {

	static final SurveySummary SUMMARY = new SurveySummary(1, "สำรวจ", SurveyState.CLOSED, 2, 7, 7, 0, 0,
			Instant.parse("2026-11-01T03:00:00Z"), Instant.parse("2026-11-30T03:00:00Z"));

	@Test
	void hidesCellsOfOneToFourPeopleButShowsZerosAndFives() {
		QuestionResult choice = new QuestionResult(10, 1, QuestionKind.SINGLE_CHOICE, "ใช้รถโดยสารหรือไม่", 14,
				List.of(option("ทุกวัน", 5, 14), option("บางครั้ง", 2, 14), option("ไม่ใช้", 0, 14),
						option("นาน ๆ ครั้ง", 3, 14), option("ไม่แน่ใจ", 4, 14)),
				new BigDecimal("2.10"), null, List.of());
		var shown = PublicResults.of(new SurveyResults(SUMMARY, List.of(choice))).questions().get(0);
		assertThat(shown.cells()).extracting(PortalView.Cell::count).containsExactly(5L, null, 0L, null, null);
		assertThat(shown.cells()).extracting(PortalView.Cell::percent).containsExactly(new BigDecimal("35.71"), null,
				new BigDecimal("0.00"), null, null);
		assertThat(shown.someHidden()).isTrue();
		assertThat(shown.mean()).as("a mean would give the hidden cells away").isNull();
	}

	@Test
	void aLoneHiddenCellTakesTheNextSmallestWithItSoItCannotBeWorkedOutFromTheTotal() {
		QuestionResult choice = new QuestionResult(10, 1, QuestionKind.SINGLE_CHOICE, "ใช้รถโดยสารหรือไม่", 20,
				List.of(option("ทุกวัน", 12, 20), option("บางครั้ง", 1, 20), option("ไม่ใช้", 7, 20)), null, null,
				List.of());
		var shown = PublicResults.of(new SurveyResults(SUMMARY, List.of(choice))).questions().get(0);
		assertThat(shown.cells()).extracting(PortalView.Cell::count).containsExactly(12L, null, null);
	}

	@Test
	void showsTheMeanWhenEveryCellIsShownAndThereAreEnoughAnswers() {
		QuestionResult likert = new QuestionResult(12, 3, QuestionKind.LIKERT, "ปลอดภัย", 10,
				List.of(option("4", 5, 10), option("5", 5, 10)), new BigDecimal("4.50"), null, List.of());
		var shown = PublicResults.of(new SurveyResults(SUMMARY, List.of(likert))).questions().get(0);
		assertThat(shown.mean()).isEqualByComparingTo("4.50");
		assertThat(shown.someHidden()).isFalse();
	}

	@Test
	void neverShowsOpenAnswersAndAMeanOnlyOverFiveAnswers() {
		QuestionResult text = new QuestionResult(11, 2, QuestionKind.TEXT, "ข้อเสนอแนะ", 7, List.of(), null, null,
				List.of("ชื่อ นามสกุล ของผู้ตอบ"));
		QuestionResult thinLikert = new QuestionResult(12, 3, QuestionKind.LIKERT, "ปลอดภัย", 4,
				List.of(option("5", 4, 4)), new BigDecimal("5.00"), null, List.of());
		var results = PublicResults.of(new SurveyResults(SUMMARY, List.of(text, thinLikert)));
		assertThat(results.toString()).doesNotContain("ชื่อ นามสกุล");
		assertThat(results.questions().get(1).mean()).isNull();
		assertThat(results.closedOn()).hasToString("2026-11-30");
	}

	private static OptionResult option(String label, long count, long answered) {
		return new OptionResult(label, count,
				BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(answered), 2, java.math.RoundingMode.HALF_UP), null);
	}
}
