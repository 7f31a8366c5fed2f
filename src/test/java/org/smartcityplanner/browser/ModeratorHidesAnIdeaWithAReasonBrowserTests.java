package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator of Lampang (TH-52, no process planned, so ideas are open) finds a citizen's idea carrying a phone
 * number in the moderation queue, tries to hide it without a reason (refused, the field says why), hides it with
 * one, and sees the reason on the idea and in its history. The author of another idea, declined meanwhile, reads
 * the reason through their personal link on a phone and rates the answer. Every page is checked with axe;
 * screenshots in target/screenshots/ideas-*.png.
 */
class ModeratorHidesAnIdeaWithAReasonBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-52");

	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	IdeaApi ideas;

	@Test
	void theModeratorHidesAnIdeaWithAReasonShownInItsHistory() {
		IdeaView idea = ideas.propose(PROVINCE, new IdeaDraft("ขายที่ดินริมกว๊าน โทร 089-000-0000",
				"ที่ดินสวยราคาถูก สนใจติดต่อได้ตลอด", "ECO", "", "", ""), UUID.randomUUID().toString(),
				"s:browser-" + UUID.randomUUID()).idea();
		IdeaProposal bus = ideas.propose(PROVINCE, new IdeaDraft("รถโดยสารไฟฟ้ารอบเมือง",
				"เชื่อมสถานีรถไฟ ตลาด และโรงพยาบาล", "MOB", "", "", ""), UUID.randomUUID().toString(),
				"s:browser-" + UUID.randomUUID());
		TestUsers.ensure(identity, jdbc, "coord-lampang-ideas", Role.COORDINATOR, PROVINCE);
		login(page, "coord-lampang-ideas", TestUsers.PASSWORD);

		page.navigate(url("/p/TH-52/participation"));
		page.locator("a[href$='/participation/ideas']").first().click();
		assertThat(page.locator("#tab-PUBLISHED")).containsText("รอพิจารณา (2)");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-queue");

		page.locator("#idea-" + idea.id() + " a").click();
		assertNoSeriousAxeViolations(page);
		page.locator("#hide-reason-input").fill("   ");
		page.locator("#hide-form button[type=submit]").click();
		assertThat(page.locator("#reason-error")).containsText("กรุณาระบุเหตุผล");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-hide-refused");

		page.locator("#hide-reason-input").fill("เป็นโฆษณาขายที่ดินและมีหมายเลขโทรศัพท์ส่วนบุคคล");
		page.locator("#hide-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("ซ่อนข้อเสนอแล้ว");
		assertThat(page.locator("#hidden-reason")).containsText("เป็นโฆษณาขายที่ดิน");
		assertThat(page.locator("#history")).containsText("เป็นโฆษณาขายที่ดิน");
		assertThat(page.locator("#restore-form")).isVisible();
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-hidden");

		page.navigate(url("/p/TH-52/participation/ideas"));
		assertThat(page.locator("#tab-PUBLISHED")).containsText("รอพิจารณา (1)");
		assertThat(page.locator("#tab-HIDDEN")).containsText("ซ่อนอยู่ (1)");

		// the author of the other idea, declined meanwhile, reads the answer on a phone and rates it
		ideas.decline(PROVINCE, bus.idea().id(), bus.idea().version(), "เทศบาลนครลำปางเปิดเส้นทางนี้แล้วเมื่อต้นปี");
		Page phone = newContext(375, 812).newPage();
		phone.navigate(url("/public/TH-52/ideas/mine/" + bus.authorSecret()));
		assertThat(phone.locator("#decline-reason")).containsText("เปิดเส้นทางนี้แล้ว");
		assertNoSeriousAxeViolations(phone);
		screenshot(phone, "ideas-mine-phone");
		phone.locator("label[for='rating-4']").click();
		phone.locator("#rating-comment").fill("เข้าใจเหตุผล ขอบคุณที่ตอบ");
		phone.locator("#rating-submit").click();
		assertThat(phone.locator("#rated")).containsText("4 จาก 5");
		assertNoSeriousAxeViolations(phone);
		phone.context().close();
	}
}
