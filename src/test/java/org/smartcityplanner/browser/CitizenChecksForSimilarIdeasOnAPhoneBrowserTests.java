package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen on a phone (375×812) about to propose an idea in Tak (TH-63, no process: ideas open) checks for similar
 * ideas first and sees the existing one linked, with everything typed kept; axe finds no serious violation.
 * Screenshot target/screenshots/idea-similar-phone.png.
 */
class CitizenChecksForSimilarIdeasOnAPhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	IdeaApi ideas;

	@Test
	void aCitizenSeesTheSimilarIdeasOfTheProvinceBeforeSending() {
		ProvinceCode tak = new ProvinceCode("TH-63");
		ideas.propose(tak, new IdeaDraft("ไฟส่องสว่างถนนหน้าโรงเรียนบ้านแม่สอด", "ถนนมืดมากตอนเย็น เด็กกลับบ้านอันตราย",
				"LIV", "", "", ""), UUID.randomUUID().toString().replace("-", ""), "s:neighbour");
		BrowserContext phone = newContext(375, 812);
		Page p = phone.newPage();

		p.navigate(url("/public/TH-63/ideas/new"));
		p.locator("#title").fill("ขอไฟถนนหน้าโรงเรียนบ้านแม่สอด");
		p.locator("#description").fill("ช่วงเย็นมืด ผู้ปกครองมารับลูกลำบาก <b>ด่วน</b>");
		p.locator("#dimension").selectOption("LIV");
		p.locator("#similar-check").click();
		assertThat(p.locator("#similar-list a").first().textContent()).contains("ไฟส่องสว่างถนนหน้าโรงเรียนบ้านแม่สอด");
		assertThat(p.locator("#title").inputValue()).isEqualTo("ขอไฟถนนหน้าโรงเรียนบ้านแม่สอด");
		screenshot(p, "idea-similar-phone");
		assertNoSeriousAxeViolations(p);

		phone.close();
	}
}
