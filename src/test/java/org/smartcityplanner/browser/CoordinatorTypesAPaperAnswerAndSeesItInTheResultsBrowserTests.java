package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator of TH-65 types a paper questionnaire of the closed hearing survey (paper answers collected
 * before closing may still be typed in) and finds it counted in the results, then reads the open survey's results
 * and its cross-tab by area. Each page is checked with axe; screenshots in target/screenshots/survey-*.png.
 */
class CoordinatorTypesAPaperAnswerAndSeesItInTheResultsBrowserTests extends BrowserTestSupport {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	SurveyUseCases surveys;

	@Test
	void aTypedPaperAnswerCountsInTheResults() {
		SurveySummary hearing = surveys.surveysOf(DEMO).stream().filter(s -> s.state() == SurveyState.CLOSED)
			.findFirst().orElseThrow();
		var survey = surveys.survey(DEMO, hearing.id());
		login(page, "coordinator", DEMO_PASSWORD);
		page.navigate(url("/p/TH-65/participation/surveys"));
		assertNoSeriousAxeViolations(page);
		page.locator("#survey-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(survey.title()))
			.click();
		assertNoSeriousAxeViolations(page);
		page.locator("#paper-link").click();
		assertNoSeriousAxeViolations(page);
		page.locator("label[for='q" + survey.questions().get(0).id() + "-5']").click();
		page.locator("label[for='q" + survey.questions().get(1).id() + "-4']").click();
		page.locator("label[for='q" + survey.questions().get(2).id() + "-3']").click();
		page.selectOption("#sector", "LOCAL_GOVERNMENT");
		page.locator("#paper-submit").click();
		assertThat(page.locator(".alert-success").textContent()).contains("นับในผลสำรวจแล้ว");
		assertThat(page.locator("#paper-counts").textContent()).contains("กระดาษ " + (hearing.paper() + 1));
		screenshot(page, "survey-paper");

		page.navigate(url("/p/TH-65/participation/surveys/" + survey.id() + "/results"));
		assertThat(page.locator("#results-counts").textContent()).contains("นับแล้ว " + (hearing.responses() + 1));
		assertNoSeriousAxeViolations(page);
		screenshot(page, "survey-results-hearing");

		SurveySummary needs = surveys.surveysOf(DEMO).stream().filter(s -> s.state() == SurveyState.OPEN).findFirst()
			.orElseThrow();
		page.navigate(url("/p/TH-65/participation/surveys/" + needs.id() + "/results?by=AREA&lang=en"));
		assertThat(page.locator("#crosstab tfoot").textContent()).contains("Answered this question");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "survey-results-needs-en");
		page.navigate(url("/p/TH-65/participation/process?lang=th"));
		assertThat(page.locator("#current-phase").textContent()).contains("รวบรวมแนวคิด");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "participation-process");
	}
}
