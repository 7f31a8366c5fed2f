package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.monitoring.MonitoringFixture;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * KPI follow-up in the browser: the coordinator of a province with an approved plan makes the reporting quarters,
 * opens the current one and names an owner for a KPI; the owner reports a value that misses the year's target and
 * is told to add a note, adds it and submits; the coordinator approves it; the public progress page shows the
 * approved value, and nobody's name. axe checks every page on the way.
 */
class OwnerReportsAMissedTargetAndTheCoordinatorApprovesItBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-18");

	@Autowired
	PlanUseCases plans;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;

	@Test
	void theOwnerMustExplainAMissAndOnlyTheApprovedValueGoesPublic() {
		Map<String, String> kpis = new MonitoringFixture(plans, identity, jdbc, users).approvedPlan(PROVINCE);
		String kpi = kpis.get(MonitoringFixture.PERCENT_KPI);
		TestUsers.ensure(identity, jdbc, "mon.coord18", Role.COORDINATOR, PROVINCE);
		long ownerId = TestUsers.ensure(identity, jdbc, "mon.owner18", Role.WORKING_GROUP, PROVINCE);

		BrowserContext coordinatorContext = newContext(1280, 900);
		Page coordinator = coordinatorContext.newPage();
		login(coordinator, "mon.coord18", TestUsers.PASSWORD);
		coordinator.navigate(url("/p/TH-18/monitoring/periods"));
		coordinator.locator("#generate-periods").click();
		Locator current = coordinator.locator("tr", new Page.LocatorOptions().setHasText("ไตรมาส 1 ปีงบประมาณ 2570"));
		current.locator("form[action$='/open'] button").click();
		long period = jdbc.sql("select id from mon_period where province_code = 'TH-18' and fiscal_year = 2570 "
				+ "and quarter = 1").query(Long.class).single();
		assertNoSeriousAxeViolations(coordinator);
		coordinator.navigate(url("/p/TH-18/monitoring/owners"));
		coordinator.locator("#agency-" + kpi).fill("สำนักงานสถิติจังหวัดนครสวรรค์");
		coordinator.locator("#user-" + kpi).selectOption(String.valueOf(ownerId));
		coordinator.locator("form[action$='/owners/" + kpi + "'] button[type=submit]").click();
		assertNoSeriousAxeViolations(coordinator);

		BrowserContext ownerContext = newContext(390, 844);
		Page owner = ownerContext.newPage();
		login(owner, "mon.owner18", TestUsers.PASSWORD);
		owner.navigate(url("/p/TH-18/monitoring/my-updates"));
		Locator form = owner.locator("form[action$='/my-updates/" + period + "/" + kpi + "']");
		form.locator("input[name=value]").fill("40");
		form.locator("input[name=source]").fill("สำรวจครัวเรือน ไตรมาส 1");
		form.locator("button[type=submit]").click();
		assertThat(owner.locator(".alert-danger").innerText()).as("a miss needs a note").isNotBlank();
		assertThat(jdbc.sql("select count(*) from mon_kpi_value where period_id = ? and kpi_id = ?")
			.params(period, kpi).query(Integer.class).single()).as("nothing saved without the note").isZero();
		form = owner.locator("form[action$='/my-updates/" + period + "/" + kpi + "']");
		form.locator("input[name=value]").fill("40");
		form.locator("input[name=source]").fill("สำรวจครัวเรือน ไตรมาส 1");
		form.locator("textarea[name=note]").fill("ผู้ให้บริการขยายโครงข่ายล่าช้ากว่าแผน");
		form.locator("button[type=submit]").click();
		assertThat(owner.locator(".alert-success").innerText()).isNotBlank();
		screenshot(owner, "monitoring-owner-submitted-phone");
		assertNoSeriousAxeViolations(owner);
		ownerContext.close();

		page.navigate(url("/public/provinces/TH-18/progress"));
		assertThat(page.locator("#kpi-table").innerText()).as("submitted is not public").doesNotContain("40 ร้อยละ");

		coordinator.navigate(url("/p/TH-18/monitoring/periods/" + period));
		assertThat(coordinator.locator("#row-" + kpi).innerText()).contains("ผู้ให้บริการขยายโครงข่ายล่าช้ากว่าแผน");
		screenshot(coordinator, "monitoring-coordinator-review");
		assertNoSeriousAxeViolations(coordinator);
		coordinator.locator("#approve-" + kpi).click();
		assertThat(coordinator.locator(".alert-success").innerText()).isNotBlank();
		coordinatorContext.close();

		page.navigate(url("/public/provinces/TH-18/progress"));
		String table = page.locator("#kpi-table").innerText();
		assertThat(table).contains(MonitoringFixture.PERCENT_KPI).contains("40").doesNotContain("mon.owner18")
			.doesNotContain("ผู้ให้บริการขยายโครงข่ายล่าช้ากว่าแผน");
		screenshot(page, "monitoring-public-approved");
		assertNoSeriousAxeViolations(page);
	}
}
