package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.monitoring.MonitoringFixtures;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.monitoring.internal.project.ReportInput;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen without an account opens a province's progress page, in Thai and in English: the projects of the
 * action plan with their status and percentage, as a chart and as a table, no reporter's note, and axe finds no
 * serious violation. A province of its own (not the demo's), so the demo journeys' action plan stays as seeded.
 */
class CitizenReadsTheProvinceProgressPageBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-22");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	ProjectProgressService progress;

	@Test
	void aCitizenReadsTheProgressPageInBothLanguages() {
		String id = MonitoringFixtures.actionPlanProject(plans, actionPlans, PROVINCE, "ทางจักรยานเชื่อมชุมชน", 1_000_000);
		progress.submit(PROVINCE, new ReportInput(id, ReportingQuarter.parse("2570-Q1"), ProjectStatus.DELAYED, 40,
				Set.of(0), List.of(new MoneyLine(MonitoringFixtures.Y2570, "PROV", Baht.of(600_000), Baht.of(550_000))),
				"บันทึกภายในที่ไม่ควรเผยแพร่"));

		page.navigate(url("/public/provinces/TH-22/progress"));
		assertThat(page.locator("h1").textContent()).contains("ความก้าวหน้าแผนพัฒนาเมืองอัจฉริยะ");
		assertThat(page.locator("#project-table").textContent()).contains("ทางจักรยานเชื่อมชุมชน", "ล่าช้ากว่าแผน", "40%");
		assertThat(page.locator("#projects svg[role=img] title").textContent()).isNotBlank();
		assertThat(page.content()).doesNotContain("บันทึกภายในที่ไม่ควรเผยแพร่");
		screenshot(page, "public-progress-th");
		assertNoSeriousAxeViolations(page);

		page.navigate(url("/public/provinces/TH-22/progress?lang=en"));
		assertThat(page.locator("#project-heading").textContent()).isEqualTo("Projects of the annual action plan");
		assertThat(page.locator("#project-table").textContent()).contains("Delayed");
		screenshot(page, "public-progress-en");
		assertNoSeriousAxeViolations(page);
	}
}
