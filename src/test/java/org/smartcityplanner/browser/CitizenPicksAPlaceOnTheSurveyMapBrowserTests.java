package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.QuestionKind;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen answers the demo survey's place question on the map (drawn offline from the stored province outline
 * and target areas, no tiles): a click inside a target area chooses that area in the list and fills the point;
 * the answer stored holds both. Without the map the list answers the question (the other survey browser test).
 * Checked with axe; screenshot in target/screenshots/survey-place-map.png.
 */
class CitizenPicksAPlaceOnTheSurveyMapBrowserTests extends BrowserTestSupport {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aClickOnATargetAreaChoosesItAndItsPoint() {
		SurveySummary open = surveys.surveysOf(DEMO).stream().filter(s -> s.state() == SurveyState.OPEN).findFirst()
			.orElseThrow();
		Survey survey = surveys.survey(DEMO, open.id());
		String place = survey.questions().stream().filter(q -> q.kind() == QuestionKind.MAP).findFirst().orElseThrow()
			.field();
		String likert = survey.questions().stream().filter(q -> q.kind() == QuestionKind.LIKERT).findFirst()
			.orElseThrow().field();

		Page p = page;
		p.navigate(url("/survey/" + survey.publicKey()));
		p.waitForSelector("[data-place-map][data-field='" + place + "'][data-loaded='yes']");
		assertNoSeriousAxeViolations(p);

		p.locator("[data-place-map][data-field='" + place + "'] path.leaflet-interactive").first().click();
		String chosen = p.locator("input[type=radio][name='" + place + "']:checked").getAttribute("value");
		assertThat(chosen).as("a target area chosen by the click").matches("\\d+");
		assertThat(p.locator("#" + place + "_lat").inputValue()).isNotBlank();
		assertThat(p.locator("#" + place + "_lon").inputValue()).isNotBlank();
		assertThat(p.locator("#" + place + "-map-status").textContent()).contains("(");
		screenshot(p, "survey-place-map");
		assertNoSeriousAxeViolations(p);

		// the other required answers: how they travel, and the scale question
		p.locator("label[for='" + survey.questions().get(0).field() + "-1']").click();
		p.locator("label[for='" + likert + "-4']").click();
		p.waitForTimeout(3200);
		p.locator("#survey-submit").click();
		p.waitForSelector("#form-errors, #survey-thanks, h1:has-text('ได้รับคำตอบแล้ว')");
		screenshot(p, "survey-place-map-sent");
		assertThat(p.locator("#form-errors").count()).as(() -> p.locator("#form-errors").allTextContents().toString())
			.isZero();
		p.waitForURL("**/thanks");

		Map<String, Object> stored = jdbc.sql("""
				select a.area_id, a.latitude, a.longitude from par_survey_answer a
				join par_survey_response r on r.id = a.response_id
				where a.question_id = ? order by r.id desc fetch first 1 rows only""")
			.param(Long.parseLong(place.substring(1))).query().singleRow();
		assertThat(String.valueOf(stored.get("area_id"))).isEqualTo(chosen);
		assertThat((BigDecimal) stored.get("latitude")).isBetween(new BigDecimal("16"), new BigDecimal("18"));
		assertThat((BigDecimal) stored.get("longitude")).isBetween(new BigDecimal("99"), new BigDecimal("102"));
	}
}
