package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;

import org.junit.jupiter.api.Test;

/**
 * The coordinator's journey through the annual action plan, in Thai, on the demo province: run the portfolio
 * optimiser on the demo budgets and envelopes, read why a project was left out, raise an envelope in a
 * what-if run, compare the two runs and adopt the second as the fiscal-year action plan, ending on its
 * timeline. Every step is screenshotted to target/screenshots/coordinator-actionplan-NN-*.png and checked
 * with axe-core.
 */
class CoordinatorRunsTheOptimiserAndAdoptsTheActionPlanBrowserTests extends BrowserTestSupport {

	private int step;

	@Test
	void coordinatorRunsTheOptimiserReadsWhyAProjectWasLeftOutAdjustsAnEnvelopeAndAdoptsTheActionPlan() {
		login(page, "coordinator", DEMO_PASSWORD);

		// 1. the action plan from the main navigation: the demo projects with their budgets
		page.navigate(url("/p/TH-65"));
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("แผนปฏิบัติการ")
			.setExact(true)).first().click();
		assertThat(page.locator("#projects-table")).containsText("แพลตฟอร์มข้อมูลเมืองพิษณุโลก");
		check("projects");

		// 2. the optimiser page with the demo envelopes; start a run
		page.locator("a.nav-link", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("การจัดสรรงบประมาณที่เหมาะสม")).click();
		assertThat(page.locator("#env_PROV_2570")).not().hasValue("");
		check("optimiser");
		page.locator("#label").fill("รอบแรก ตามกรอบวงเงินปัจจุบัน");
		page.locator("#timeLimitSeconds").fill("3");
		page.locator("#run-optimiser").click();

		// 3. the run is solved in the background; the page follows it and shows the result
		page.waitForURL(Pattern.compile(".*/actionplan/runs/\\d+$"));
		String firstRun = page.url();
		awaitOutcome();
		assertThat(page.locator("#run-outcome")).containsText(Pattern.compile("ดีที่สุดแล้ว|ใช้ได้"));
		check("first-run");

		// 4. why was the cold-chain logistics centre left out? the money ran out in its years
		Locator coldChain = page.locator("#excluded-table tr", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("ศูนย์กระจายสินค้าห่วงโซ่ความเย็น"));
		assertThat(coldChain).containsText("จะเกินกรอบวงเงิน");
		coldChain.scrollIntoViewIfNeeded();
		assertThat(page.locator("#greedy")).containsText("การเลือกตามคะแนนต่อบาท");
		screenshot(page, name("why-left-out"));

		// 5. what if the public-private partnership envelope of 2571 were 90 million baht?
		page.locator("#envelopeSource").selectOption(new SelectOption().setValue("PPP"));
		page.locator("#envelopeYear").selectOption("2571");
		page.locator("#envelopeAmount").fill("90,000,000");
		page.locator("#wi-label").fill("เพิ่มวงเงินร่วมลงทุนปี 2571");
		page.locator("#wi-time").fill("3");
		page.locator("#what-if-button").click();
		page.waitForURL(url -> url.matches(".*/actionplan/runs/\\d+$") && !url.equals(firstRun));
		awaitOutcome();
		assertThat(page.locator("h1")).containsText("เพิ่มวงเงินร่วมลงทุนปี 2571");
		assertThat(page.getByText(Pattern.compile("ปรับจากการประมวลผลครั้งที่"))).isVisible();
		check("what-if-run");

		// 6. the two runs side by side: the envelope that changed and what each funds
		page.navigate(url("/p/TH-65/actionplan/optimiser#runs"));
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("เปรียบเทียบสองการประมวลผล")).click();
		assertThat(page.locator("#compare-table")).isVisible();
		assertThat(page.getByText(Pattern.compile("90,000,000\\.00"))).isVisible();
		check("compare");

		// 7. adopt the what-if portfolio: the fiscal-year action plan with its timeline and year tables
		page.goBack();
		page.locator("#runs a", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("เพิ่มวงเงินร่วมลงทุนปี 2571")).first().click();
		page.locator("#adopt-button").click();
		page.waitForURL(Pattern.compile(".*/actionplan/plan$"));
		assertThat(page.locator("#timeline")).containsText("แพลตฟอร์มข้อมูลเมืองพิษณุโลก");
		assertThat(page.locator("#year-2570")).containsText("ปีงบประมาณ 2570");
		assertThat(page.locator("[role=status]").first()).containsText("สร้างแผนปฏิบัติการ");
		check("action-plan");

		// 8. one item edited by hand: status and a quarterly milestone, shown on the timeline
		page.locator("#year-2570 a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("แก้ไข")).first().click();
		page.locator("#status").selectOption("APPROVED");
		page.locator("#q2").fill("ลงนามสัญญาจัดซื้อ");
		check("edit-item");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บันทึก")
			.setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/actionplan/plan#year-2570$"));
		assertThat(page.locator("#year-2570")).containsText("ได้รับอนุมัติ");
		assertThat(page.locator("#year-2570")).containsText("ลงนามสัญญาจัดซื้อ");
		assertThat(page.locator("#timeline .scp-gantt-milestone").count()).isPositive();
		check("edited");
	}

	private void awaitOutcome() {
		page.locator("#run-outcome").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
			.setTimeout(60_000));
	}

	private void check(String what) {
		screenshot(page, name(what));
		assertNoSeriousAxeViolations(page);
	}

	private String name(String what) {
		step++;
		return "coordinator-actionplan-%02d-%s".formatted(step, what);
	}
}
