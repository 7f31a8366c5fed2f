package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen opens the demo province's open survey on a phone (390×844, no account), answers it — the conditional
 * question appears only after the answer it depends on —, forgets a required answer and is told where, then sends
 * it and taps "send" twice; one response is stored. Pages are checked with axe; screenshots in
 * target/screenshots/survey-phone-*.png.
 */
class CitizenAnswersASurveyOnAPhoneBrowserTests extends BrowserTestSupport {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	SurveyUseCases surveys;

	@Test
	void aCitizenAnswersTheSurveyOnAPhoneOnce() {
		SurveySummary open = surveys.surveysOf(DEMO).stream().filter(s -> s.state() == SurveyState.OPEN).findFirst()
			.orElseThrow();
		var survey = surveys.survey(DEMO, open.id());
		long before = surveys.summary(DEMO, open.id()).online();
		BrowserContext phone = newContext(390, 844);
		Page p = phone.newPage();
		p.navigate(url("/survey/" + survey.publicKey()));
		assertNoSeriousAxeViolations(p);
		assertThat((Boolean) p.evaluate("() => document.documentElement.scrollWidth <= 390")).as("no sideways scroll")
			.isTrue();
		long car = survey.questions().get(0).id();
		long why = survey.questions().get(3).id();
		assertThat(p.locator("#question-" + why).isVisible()).as("conditional question hidden at first").isFalse();
		p.locator("label[for='q" + car + "-1']").click();
		assertThat(p.locator("#question-" + why).isVisible()).as("shown after its answer").isTrue();
		p.locator("#q" + why).fill("ถ้ามีรถโดยสารทุก 15 นาทีและมีที่จอดรถใกล้ป้าย");
		// the required scale question (3) and place (7) are left out on purpose
		p.waitForTimeout(3200);
		p.locator("#survey-submit").click();
		assertThat(p.locator("#form-errors").textContent()).contains("ยังไม่ได้บันทึก");
		assertThat(p.locator("#q" + why).inputValue()).as("nothing typed is lost").startsWith("ถ้ามีรถโดยสาร");
		screenshot(p, "survey-phone-errors");
		assertNoSeriousAxeViolations(p);

		p.locator("label[for='q" + survey.questions().get(2).id() + "-4']").click();
		p.locator("label[for='q" + survey.questions().get(6).id() + "-other']").click();
		p.locator("#q" + survey.questions().get(5).id()).fill("๔๐");
		p.selectOption("#sector", "CIVIL_SOCIETY");
		p.waitForTimeout(3200);
		// a double tap: the second tap sends the same submission key
		p.locator("#survey-submit").dblclick();
		p.waitForURL("**/thanks");
		assertThat(p.locator("h1").textContent()).contains("ได้รับคำตอบแล้ว");
		screenshot(p, "survey-phone-thanks");
		assertNoSeriousAxeViolations(p);
		assertThat(surveys.summary(DEMO, open.id()).online()).isEqualTo(before + 1);
		phone.close();
	}
}
