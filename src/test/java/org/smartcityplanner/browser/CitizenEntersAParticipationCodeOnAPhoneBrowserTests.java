package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen at a village meeting of a province whose process takes input only with a participation code: on a
 * 375×812 phone, without an account, they open the survey, are sent to the code page, type the code from their slip
 * (small letters, a space instead of the dash), come back to the survey and answer it. Every page is checked with
 * axe; screenshots in target/screenshots/code-phone-*.png. Province TH-91; the rule is set back to anyone after.
 */
class CitizenEntersAParticipationCodeOnAPhoneBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-91");

	@Autowired
	Eligibility eligibility;
	@Autowired
	ParticipationCodeService codes;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;

	@Test
	void aCitizenEntersTheCodeFromTheSlipAndAnswersTheSurvey() {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "ความเห็นต่อทางเท้าในเขตเทศบาล "
				+ UUID.randomUUID().toString().substring(0, 4), false);
		eligibility.save(PROVINCE, "CODE", eligibility.rule(PROVINCE).version());
		try {
			String code = codes.generate(PROVINCE, "เวทีประชาคมบ้านควนโพธิ์", 2).codes().get(0);
			BrowserContext phone = newContext(375, 812);
			Page p = phone.newPage();
			p.navigate(url("/survey/" + fx.survey.publicKey()));
			assertThat(p.locator("#survey-not-eligible").textContent()).contains("รหัสเข้าร่วมเท่านั้น");
			assertThat(p.locator("#survey-form").count()).isZero();
			screenshot(p, "code-phone-survey-asks-for-code");
			assertNoSeriousAxeViolations(p);

			p.locator("#enter-code-link").click();
			p.waitForURL("**/public/TH-91/enter**");
			assertThat((Boolean) p.evaluate("() => document.documentElement.scrollWidth <= 375"))
				.as("no sideways scroll").isTrue();
			assertNoSeriousAxeViolations(p);
			p.locator("#participationCode").fill("23456 789ab");
			p.waitForTimeout(3200);
			p.locator("#code-submit").click();
			assertThat(p.locator("#code-error").textContent()).contains("ไม่พบรหัสนี้");
			screenshot(p, "code-phone-unknown");
			assertNoSeriousAxeViolations(p);

			String printed = ParticipationCodes.printed(code);
			p.locator("#participationCode").fill(printed.toLowerCase().replace('-', ' '));
			p.waitForTimeout(3200);
			p.locator("#code-submit").click();
			p.waitForURL("**/survey/" + fx.survey.publicKey());
			assertThat(p.locator("#survey-form").isVisible()).isTrue();
			screenshot(p, "code-phone-survey-open");
			assertNoSeriousAxeViolations(p);

			long before = surveys.summary(PROVINCE, fx.survey.id()).responses();
			p.locator("label[for='" + fx.q(0) + "-1']").click();
			p.waitForTimeout(3200);
			p.locator("#survey-submit").click();
			p.waitForURL("**/thanks");
			screenshot(p, "code-phone-thanks");
			assertNoSeriousAxeViolations(p);
			assertThat(surveys.summary(PROVINCE, fx.survey.id()).responses()).isEqualTo(before + 1);
			phone.close();
		}
		finally {
			eligibility.save(PROVINCE, "ANYONE", eligibility.rule(PROVINCE).version());
		}
	}
}
