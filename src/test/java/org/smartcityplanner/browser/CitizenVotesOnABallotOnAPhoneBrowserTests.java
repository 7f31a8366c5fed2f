package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.BallotFixtures;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey in Phang Nga (TH-82): a knapsack ballot is open; a citizen on a 375-px phone ticks more than
 * the budget (refused with the numbers, ticks kept), then a fitting pair, and gets a personal link; the coordinator
 * types a paper ballot, may not confirm it themselves, a consultant confirms it and closes the ballot; the result
 * shows both channels and both methods. axe checks each page; screenshots target/screenshots/ballot-*.png.
 */
class CitizenVotesOnABallotOnAPhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ProcessUseCases process;
	@Autowired
	BallotApi api;
	@Autowired
	BallotService ballots;

	@Test
	void aCitizenVotesStaffEnterAndCheckAPaperBallotAndTheResultShowsBothChannels() {
		BallotFixtures.openPhase(process, BallotFixtures.WEB);
		long id = api.create(BallotFixtures.WEB, BallotFixtures.draft(BallotKind.KNAPSACK));
		ballots.open(BallotFixtures.WEB, id, 0);

		BrowserContext phone = newContext(375, 812);
		Page p = phone.newPage();
		p.navigate(url("/public/TH-82/ballots/" + id));
		p.locator("label:has-text('ทางเดินริมคลองเมืองพังงา')").click();
		p.locator("label:has-text('ไฟถนนพลังแสงอาทิตย์')").click();
		p.locator("label:has-text('จุดรับส่งรถสาธารณะอัจฉริยะ')").click();
		assertThat(p.locator("#ballot-total").textContent()).contains("13,000,000.00");
		assertThat(wide(p)).as("no sideways scroll").isFalse();
		assertNoSeriousAxeViolations(p);
		screenshot(p, "ballot-phone-form");
		p.waitForTimeout(3200);
		p.locator("#ballot-submit").click();
		assertThat(p.locator("#form-errors").textContent()).contains("13,000,000.00").contains("10,000,000.00");
		assertThat(p.locator("input[name=choices]:checked").count()).as("ticks kept").isEqualTo(3);
		assertNoSeriousAxeViolations(p);
		screenshot(p, "ballot-phone-refused");
		p.locator("label:has-text('ไฟถนนพลังแสงอาทิตย์')").click();
		p.waitForTimeout(3200);
		p.locator("#ballot-submit").click();
		assertThat(p.locator("#vote-outcome").textContent()).contains("บันทึกบัตรลงคะแนนของคุณแล้ว");
		String link = p.locator("#personal-link").getAttribute("href");
		assertNoSeriousAxeViolations(p);
		screenshot(p, "ballot-phone-thanks");

		TestUsers.ensure(identity, jdbc, "coord-phangnga-ballot", Role.COORDINATOR, BallotFixtures.WEB);
		TestUsers.ensure(identity, jdbc, "consult-phangnga-ballot", Role.CONSULTANT, BallotFixtures.WEB);
		login(page, "coord-phangnga-ballot", TestUsers.PASSWORD);
		page.navigate(url("/p/TH-82/participation/ballots/" + id));
		page.locator("label:has-text('เซนเซอร์เตือนน้ำท่วม')").click();
		page.locator("#paper-submit").click();
		assertThat(page.locator("#ballot-message").textContent()).contains("บันทึกบัตรกระดาษแล้ว");
		page.locator("#pending-paper button.btn-success").first().click();
		assertThat(page.locator("#ballot-problems").textContent()).contains("ต้องให้ผู้อื่นตรวจ");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ballot-staff-paper");

		BrowserContext second = newContext(1280, 900);
		Page checker = second.newPage();
		login(checker, "consult-phangnga-ballot", TestUsers.PASSWORD);
		checker.navigate(url("/p/TH-82/participation/ballots/" + id));
		checker.locator("#pending-paper button.btn-success").first().click();
		assertThat(checker.locator("#ballot-message").textContent()).contains("ตรวจบัตรกระดาษแล้ว");
		checker.locator("#ballot-close").click();
		assertThat(checker.locator("#ballot-turnout").textContent()).contains("ออนไลน์ 1 ใบ และบัตรกระดาษ 1 ใบ");
		assertNoSeriousAxeViolations(checker);
		screenshot(checker, "ballot-staff-result");

		p.navigate(url("/public/TH-82/ballots/" + id));
		assertThat(p.locator("#ballot-turnout").textContent()).contains("ออนไลน์ 1 ใบ และบัตรกระดาษ 1 ใบ");
		assertThat(p.locator("#ballot-tie-rule").textContent()).contains("เมื่อคะแนนเท่ากัน");
		assertNoSeriousAxeViolations(p);
		screenshot(p, "ballot-phone-result");
		p.navigate(url(link.replaceFirst("^https?://[^/]+", "")));
		assertThat(p.locator("#mine-why").textContent()).contains("ทางเดินริมคลองเมืองพังงา");
		assertNoSeriousAxeViolations(p);
		screenshot(p, "ballot-phone-mine");
		second.close();
		phone.close();
	}

	private static boolean wide(Page p) {
		return (Boolean) p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
	}
}
