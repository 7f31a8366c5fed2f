package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.opinion.Statement;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen on a small phone (375×812), without JavaScript, votes on the demo province's opinion-map statements
 * (three buttons each) and changes a vote; the page marks the votes and scrolls nowhere sideways. The consultant
 * sees the map and its table. Axe finds no serious violation on the public page (Thai and English) and the staff
 * page. Screenshots in target/screenshots/opinion-*.png.
 */
class CitizenVotesOnStatementsOnAPhoneBrowserTests extends BrowserTestSupport {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	OpinionService opinions;

	@Test
	void aCitizenVotesOnStatementsAndStaffSeeTheMapAndItsTable() {
		Conversation conversation = opinions.conversations(DEMO).get(0);
		Statement first = opinions.shownStatements(DEMO, conversation.id()).get(0);
		Statement second = opinions.shownStatements(DEMO, conversation.id()).get(1);
		String publicPage = "/public/TH-65/opinions/" + conversation.id();

		BrowserContext phone = newContext(375, 812);
		phone.route("**/*.js", com.microsoft.playwright.Route::abort);
		Page p = phone.newPage();
		p.navigate(url(publicPage));
		screenshot(p, "opinion-phone-statements");
		p.locator("#s" + first.id() + " button[value=agree]").click();
		p.waitForSelector("#mine" + first.id());
		assertThat(p.locator("#mine" + first.id()).textContent()).contains("เห็นด้วย");
		p.locator("#s" + second.id() + " button[value=disagree]").click();
		p.waitForSelector("#mine" + second.id());
		p.locator("#s" + first.id() + " button[value=pass]").click();
		p.waitForSelector("#mine" + first.id());
		assertThat(p.locator("#mine" + first.id()).textContent()).contains("ข้าม");
		assertThat(noSidewaysScroll(p)).as("statements: no sideways scroll").isTrue();
		screenshot(p, "opinion-phone-voted");
		assertThat(p.locator("#opinion-chart").count()).isEqualTo(1);
		assertThat(p.locator("#groups-table").count()).isEqualTo(1);
		phone.close();

		BrowserContext checked = newContext(375, 812);
		Page q = checked.newPage();
		q.navigate(url(publicPage));
		assertNoSeriousAxeViolations(q);
		q.navigate(url(publicPage + "?lang=en"));
		assertThat(q.locator("#statements-heading").textContent()).contains("Statements");
		assertNoSeriousAxeViolations(q);
		screenshot(q, "opinion-phone-en");
		checked.close();

		signInOnce("consultant");
		page.navigate(url("/p/TH-65/participation/opinions/" + conversation.id() + "?lang=th"));
		assertSignedIn(page);
		assertThat(page.locator("#opinion-chart path").count()).isGreaterThanOrEqualTo(80);
		assertThat(page.locator("#groups-table tbody tr").count()).isBetween(2, 3);
		screenshot(page, "opinion-staff-map");
		assertNoSeriousAxeViolations(page);
	}

	private static boolean noSidewaysScroll(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 375");
	}
}
