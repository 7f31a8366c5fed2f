package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.participation.domain.idea.TestPhotos;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.idea.IdeaDecisions;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey: at a village meeting of a province that takes ideas only with a participation code, a citizen
 * on a 375×812 phone opens the idea form, is told to enter the code from their slip, does, proposes an idea with a
 * phone photo (its GPS point stripped) and keeps the personal link; staff accept the idea as a plan item; the citizen
 * opens the link later, sees the plan item it became and rates the answer. axe checks every page; screenshots in
 * target/screenshots/idea-code-*.png. Province TH-91; the rule is set back to anyone after.
 */
class CitizenWithACodeProposesAnIdeaAndSeesItAcceptedBrowserTests extends BrowserTestSupport {

	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	Eligibility eligibility;
	@Autowired
	ParticipationCodeService codes;
	@Autowired
	IdeaApi ideas;
	@Autowired
	IdeaDecisions decisions;
	@Autowired
	PlanItemCatalogue catalogue;
	@Autowired
	PlanUseCases plans;

	@Test
	void aCitizenWithACodeProposesAnIdeaWithAPhotoAndLaterSeesThePlanItemItBecame() throws Exception {
		IdeaFixtures.open(process, profile);
		eligibility.save(IdeaFixtures.OPEN, "CODE", eligibility.rule(IdeaFixtures.OPEN).version());
		Path photo = Files.createTempFile("idea-photo", ".jpg");
		try {
			Files.write(photo, TestPhotos.jpegWithGps());
			String code = codes.generate(IdeaFixtures.OPEN, "เวทีประชาคมบ้านตำมะลัง", 2).codes().get(0);
			String title = "ท่าเทียบเรือชุมชนบ้านตำมะลัง " + UUID.randomUUID().toString().substring(0, 4);
			BrowserContext phone = newContext(375, 812);
			Page p = phone.newPage();

			p.navigate(url("/public/TH-91/ideas/new"));
			assertThat(p.locator("#not-eligible").textContent()).contains("รหัสเข้าร่วม");
			assertThat(p.locator("#idea-form").count()).as("no form to type into and lose").isZero();
			screenshot(p, "idea-code-asks-for-code");
			assertNoSeriousAxeViolations(p);
			p.locator("#enter-code-link").click();
			p.waitForURL("**/public/TH-91/enter**");
			p.locator("#participationCode").fill(ParticipationCodes.printed(code));
			p.waitForTimeout(3200);
			p.locator("#code-submit").click();
			p.waitForURL("**/public/TH-91/ideas/new");

			p.locator("#title").fill(title);
			p.locator("#description").fill("เรือประมงพื้นบ้านขึ้นลงสินค้าลำบากช่วงน้ำลง ขอท่าเทียบเรือขนาดเล็กพร้อมไฟส่องสว่าง");
			p.locator("#dimension").selectOption("ECO");
			p.locator("#area").selectOption(new SelectOption().setLabel(IdeaFixtures.AREA));
			p.locator("#photo").setInputFiles(photo);
			screenshot(p, "idea-code-form");
			assertNoSeriousAxeViolations(p);
			// a person takes more than the guard's few seconds to fill the form
			p.waitForTimeout(3200);
			p.locator("#idea-submit").click();
			p.locator("#idea-thanks").waitFor();
			String personalLink = p.locator("#personal-link").inputValue();
			assertThat(personalLink).contains("/public/TH-91/ideas/mine/");
			screenshot(p, "idea-code-thanks");
			String ideaPage = p.locator("#idea-page").getAttribute("href");
			long ideaId = Long.parseLong(ideaPage.substring(ideaPage.lastIndexOf('/') + 1));
			IdeaView stored = ideas.find(IdeaFixtures.OPEN, ideaId).orElseThrow();
			assertThat(stored.title()).isEqualTo(title);

			p.locator("#idea-page").click();
			// the photo shows: the image element has loaded and decoded a picture (waits until it has, or fails)
			p.waitForFunction("() => { const img = document.querySelector('#idea-photo img');"
					+ " return img !== null && img.complete && img.naturalWidth > 0; }");
			screenshot(p, "idea-code-idea-page");
			assertNoSeriousAxeViolations(p);

			// staff accept it as an item of the province's plan
			PlanItemChoice item = IdeaFixtures.planItem(catalogue, plans, IdeaFixtures.OPEN);
			decisions.accept(IdeaFixtures.OPEN, ideaId, stored.version(), item.ref().toString());
			assertThat(ideas.find(IdeaFixtures.OPEN, ideaId).orElseThrow().status()).isEqualTo(IdeaStatus.ACCEPTED);

			// days later the citizen opens the link from the slip
			p.navigate(personalLink);
			assertThat(p.locator("#accepted-item").textContent()).contains(item.title());
			assertThat((Boolean) p.evaluate("() => document.documentElement.scrollWidth <= 375"))
				.as("no sideways scroll").isTrue();
			assertNoSeriousAxeViolations(p);
			p.locator("label[for='rating-5']").click();
			p.locator("#rating-comment").fill("ขอบคุณที่รับฟัง");
			p.locator("#rating-submit").click();
			p.locator("#rated").waitFor();
			screenshot(p, "idea-code-rated");
			assertThat(ideas.find(IdeaFixtures.OPEN, ideaId).orElseThrow().authorRating()).isEqualTo(5);
			phone.close();
		}
		finally {
			eligibility.save(IdeaFixtures.OPEN, "ANYONE", eligibility.rule(IdeaFixtures.OPEN).version());
			Files.deleteIfExists(photo);
		}
	}
}
