package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.TestPhotos;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen on a phone (375×812) proposes an idea in Tak (TH-63, no process: ideas open): checks for similar ideas
 * first and sees the existing one linked, attaches a phone photo carrying a GPS point and sends; then on the idea's
 * page the photo shows, they support it (once) and comment with markup that prints as text. axe finds no serious
 * violation on the form or the idea's page. Screenshots target/screenshots/idea-similar-phone.png and
 * idea-page-phone.png.
 */
class CitizenChecksSimilarAttachesAPhotoSupportsAndCommentsBrowserTests extends BrowserTestSupport {

	@Autowired
	IdeaApi ideas;

	@Test
	void aCitizenChecksSimilarIdeasSendsOneWithAPhotoThenSupportsAndComments() throws Exception {
		ProvinceCode tak = new ProvinceCode("TH-63");
		ideas.propose(tak, new IdeaDraft("ไฟส่องสว่างถนนหน้าโรงเรียนบ้านแม่สอด", "ถนนมืดมากตอนเย็น เด็กกลับบ้านอันตราย",
				"LIV", "", "", ""), UUID.randomUUID().toString().replace("-", ""), "s:neighbour");
		Path photo = Files.createTempFile("idea-photo", ".jpg");
		Files.write(photo, TestPhotos.jpegWithGps());
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

		// the guard wants a person's pace between showing the form and sending it
		p.waitForTimeout(3500);
		p.locator("#photo").setInputFiles(photo);
		p.locator("#idea-submit").click();
		p.locator("#idea-thanks").waitFor();
		p.locator("#idea-page").click();
		p.locator("#idea-photo img").waitFor();
		assertThat((Boolean) p.evaluate("() => document.querySelector('#idea-photo img').naturalWidth > 0")).isTrue();

		p.locator("#support-button").click();
		assertThat(p.locator("#support-mine").isVisible()).isTrue();
		assertThat(p.locator("#idea-supports").textContent()).contains("1");
		p.waitForTimeout(3500);
		p.locator("#comment-body").fill("<script>alert('x')</script> เห็นด้วย ช่วงหกโมงเย็นมืดมาก");
		p.locator("#comment-submit").click();
		assertThat(p.locator("#comment-list li").last().textContent()).contains("<script>alert('x')</script> เห็นด้วย");
		assertThat((Boolean) p.evaluate("() => document.documentElement.scrollWidth <= 375")).as("no sideways scroll")
			.isTrue();
		screenshot(p, "idea-page-phone");
		assertNoSeriousAxeViolations(p);
		phone.close();
		Files.deleteIfExists(photo);
	}
}
