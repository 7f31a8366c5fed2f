package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanSteps;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The committee approved the demo plan: the coordinator of TH-65 opens it, finds no edit controls and a banner
 * saying why, reopens it as a new draft and edits a goal again. Screenshots: target/screenshots/plan-approved-*.png.
 * The test ends with the demo plan a draft again, as the other browser tests expect it.
 */
class CoordinatorReopensTheApprovedPlanBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	@Autowired
	PlanUseCases plans;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;

	/** Whatever happened above, the shared demo plan is left editable for the other browser tests. */
	@AfterEach
	void leaveTheDemoPlanEditable() {
		PlanHeader header = plans.plan(PROVINCE).orElseThrow().header();
		if (header.status() == PlanStatus.SUBMITTED) {
			plans.changeStatus(PROVINCE, header.version(), PlanStatus.IN_REVIEW);
		}
		else if (header.status() == PlanStatus.APPROVED) {
			SignedIn.as(identity, jdbc, users, "coordinator", Role.COORDINATOR, PROVINCE);
			try {
				plans.reopen(PROVINCE, header.version(), "browser-test");
			}
			finally {
				SignedIn.signOut();
			}
		}
	}

	@Test
	void coordinatorSeesTheApprovedPlanReadOnlyReopensItAndEditsAgain() {
		new PlanSteps(plans, identity, jdbc, users).takeTo(PROVINCE, PlanStatus.APPROVED, "approver65");
		login(page, "coordinator", DEMO_PASSWORD);
		page.navigate(url("/p/TH-65/plan"));

		assertThat(page.locator("#plan-read-only")).isVisible();
		assertThat(page.locator("#plan-read-only")).containsText("อนุมัติแล้ว");
		// when and by whom it was approved
		assertThat(page.locator("#plan-read-only-since")).containsText("โดย Test approver65");
		assertThat(page.locator("#content a[href*='/plan/goals/new']")).hasCount(0);
		assertThat(page.locator("#content a[href*='/kpis/new']")).hasCount(0);
		assertThat(page.locator("#content a[href*='/plan/overview']")).hasCount(0);
		assertThat(page.locator("#plan-reopen")).isVisible();
		screenshot(page, "plan-approved-read-only");
		assertNoSeriousAxeViolations(page);

		page.locator("#plan-reopen").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#plan-read-only")).hasCount(0);
		assertThat(page.locator("#plan-status")).hasText("ร่าง");
		assertThat(page.locator("#plan-revision")).containsText("2");
		assertThat(page.locator(".alert-success")).containsText("เปิดแผนเป็นร่างฉบับปรับปรุงใหม่แล้ว");

		Locator firstGoal = page.locator("#content h3 a[href*='/plan/goals/']").first();
		firstGoal.click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("#title").fill("เป้าหมายฉบับปรับปรุงครั้งที่ 2");
		page.locator("#content form button[type=submit].btn-primary").first().click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#content")).containsText("เป้าหมายฉบับปรับปรุงครั้งที่ 2");
		screenshot(page, "plan-approved-reopened");
	}
}
