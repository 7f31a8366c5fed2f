package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engagement from the admin's first click to the coordinator's view: the admin opens an engagement for a
 * province, asks for a proposed team, swaps one proposed consultant for another who has room, keeps the team and
 * creates the work plan; the team lead uploads the inception report, asks for review and approves it; the
 * province's coordinator sees one deliverable done. axe checks every page on the way.
 */
class AdminStaffsAnEngagementAndTheLeadApprovesADeliverableBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-96");
	static final String TITLE = "จัดทำแผนแม่บทเมืองอัจฉริยะจังหวัดนราธิวาส (ทดสอบ)";

	@Autowired
	IdentityApi identityApi;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminStaffsTheTeamTheLeadApprovesAndTheCoordinatorSeesProgress() {
		login(page, "admin", DEMO_PASSWORD);
		page.navigate(url("/admin/engagements/new"));
		page.locator("select[name=provinceCode]").selectOption(PROVINCE.value());
		page.locator("input[name=title]").fill(TITLE);
		page.locator("input[name=startDate]").fill("2027-01-04");
		page.locator("input[name=endDate]").fill("2027-07-02");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").last().click();
		page.waitForURL(Pattern.compile(".*/admin/engagements/\\d+$"));
		Matcher opened = Pattern.compile("/admin/engagements/(\\d+)$").matcher(page.url());
		assertThat(opened.find()).as("engagement page after opening, got %s", page.url()).isTrue();
		String id = opened.group(1);

		page.navigate(url("/admin/engagements/" + id + "/team"));
		// a dimension and an expertise the province needs, as an admin would state them
		page.locator("input[name=dimensions][value=ENV]").check();
		page.locator("input[name=tags][value=PARTICIPATION]").check();
		page.locator("form[action$='/team/proposal'] button[type=submit]").click();
		page.locator("#proposal-heading").waitFor();
		page.waitForLoadState(); // the keep-the-team form below the proposal, with its boxes ticked
		Locator chosen = page.locator("input[name=members]:checked");
		int size = chosen.count();
		assertThat(size).as("proposed team size").isBetween(4, 6);
		String leadId = page.locator("input[name=lead]:checked").getAttribute("value");
		screenshot(page, "engagement-team-proposed");
		assertNoSeriousAxeViolations(page);

		// swap: drop the last proposed member who is not the lead, take the first unproposed one without a warning
		String dropped = null;
		for (int i = size - 1; i >= 0; i--) {
			String value = chosen.nth(i).getAttribute("value");
			if (!value.equals(leadId)) {
				dropped = value;
				break;
			}
		}
		Locator rows = page.locator("form[action$='/team'] tbody tr");
		String added = null;
		for (int i = 0; i < rows.count() && added == null; i++) {
			Locator box = rows.nth(i).locator("input[name=members]");
			if (!box.isChecked() && rows.nth(i).locator("td").last().innerText().isBlank()) {
				added = box.getAttribute("value");
				box.check();
			}
		}
		assertThat(added).as("a consultant with room to swap in").isNotNull();
		page.locator("input[name=members][value='" + dropped + "']").uncheck();
		page.locator("form[action$='/team'] button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("บันทึกทีมแล้ว");
		assertThat(page.locator("input[name=members][value='" + added + "']").isChecked()).isTrue();
		assertThat(page.locator("input[name=members][value='" + dropped + "']").isChecked()).isFalse();

		page.navigate(url("/admin/engagements/" + id + "/work-plan"));
		page.locator("form[action$='/work-plan'] button[type=submit]").click();
		page.locator("svg[aria-labelledby=gantt-title]").waitFor();
		screenshot(page, "engagement-work-plan-admin");
		assertNoSeriousAxeViolations(page);

		Map<Long, String> consultants = identityApi.usersWithRole(Role.CONSULTANT).stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::username));
		String lead = consultants.get(Long.parseLong(leadId));
		BrowserContext leadContext = newContext(1280, 900);
		Page leadPage = leadContext.newPage();
		login(leadPage, lead, DEMO_PASSWORD);
		leadPage.navigate(url("/p/" + PROVINCE.value() + "/engagement/work-plan"));
		Locator inception = leadPage.locator("article", new Page.LocatorOptions().setHasText("Inception Report"));
		inception.locator("input[type=file]").setInputFiles(new FilePayload("inception.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		inception.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
		inception = leadPage.locator("article", new Page.LocatorOptions().setHasText("Inception Report"));
		assertThat(inception).containsText("inception.pdf");
		inception.locator("input[name=status][value=REVIEW_REQUESTED] + button").click();
		inception.locator("input[name=status][value=APPROVED] + button").click();
		assertThat(inception).containsText("อนุมัติแล้ว");
		screenshot(leadPage, "engagement-lead-approved");
		assertNoSeriousAxeViolations(leadPage);
		leadContext.close();

		TestUsers.ensure(identity, jdbc, "coordinator.th96", Role.COORDINATOR, PROVINCE);
		BrowserContext coordinatorContext = newContext(1280, 900);
		Page coordinatorPage = coordinatorContext.newPage();
		login(coordinatorPage, "coordinator.th96", TestUsers.PASSWORD);
		coordinatorPage.navigate(url("/p/" + PROVINCE.value() + "/engagement"));
		String shown = coordinatorPage.locator("#content").innerText();
		assertThat(shown).contains(TITLE).containsPattern("1 จาก \\d+ รายการ");
		List<String> teamNames = identityApi.usersWithRole(Role.CONSULTANT).stream()
			.filter(user -> user.id() == Long.parseLong(leadId)).map(UserSummary::displayName).toList();
		assertThat(shown).contains(teamNames);
		screenshot(coordinatorPage, "engagement-coordinator-progress");
		assertNoSeriousAxeViolations(coordinatorPage);
		coordinatorContext.close();
	}
}
