package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consultant's core journey, "consultant drafts a plan for a target area", in Thai: a target area from an
 * uploaded GeoJSON file, a goal, a strategy under it, a project in the new area with a budget per fiscal year,
 * a KPI with a baseline and a target for every plan year, the readiness check, a saved version, a change, a
 * second version and the comparison showing the old and the new goal title. Every step is screenshotted to
 * target/screenshots/consultant-plan-NN-*.png and every page type is checked with axe-core.
 * <p>
 * The demo province TH-65 has no plan in the demo data, but the accessibility tests start one there (all
 * browser test classes share one database, in no fixed order). So that this journey really starts a plan from
 * nothing whatever ran before, the admin first starts an engagement for Sukhothai (TH-64, next to the demo
 * province) with the demo consultant on the team, exactly as an admin would; no other test touches TH-64.
 */
class ConsultantDraftsAPlanForATargetAreaBrowserTests extends BrowserTestSupport {

	private static final String PROVINCE = "TH-64";

	private static final String PROVINCE_TH = "สุโขทัย";

	private static final String CONSULTANT_NAME = "ธนากร ศรีวัฒนกุล";

	private static final String AREA = "ย่านเมืองเก่าสุโขทัย";

	private static final String GOAL = "ลดปริมาณขยะและฝุ่นในเขตเมืองเก่า";

	private static final String GOAL_CHANGED = "ลดขยะ ฝุ่น PM2.5 และน้ำท่วมในเขตเมืองเก่า";

	private static final String STRATEGY = "จัดการขยะต้นทางด้วยข้อมูลจากชุมชน";

	private static final String PROJECT = "ถังขยะอัจฉริยะและแผนที่จุดทิ้งขยะในเมืองเก่า";

	private static final String KPI = "ปริมาณขยะที่ส่งหลุมฝังกลบต่อวัน";

	/**
	 * A small rectangle (about 3 km²) over old Sukhothai, lon/lat, as a one-feature collection the way QGIS
	 * exports it.
	 */
	private static final String OLD_SUKHOTHAI_GEOJSON = """
			{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"เมืองเก่าสุโขทัย"},
			"geometry":{"type":"Polygon","coordinates":[[[99.695,17.010],[99.712,17.010],[99.712,17.025],
			[99.695,17.025],[99.695,17.010]]]}}]}
			""";

	@TempDir
	Path tempDir;

	private int step;

	@Test
	void consultantDraftsAPlanForATargetArea() throws IOException {
		adminStartsAnEngagementForSukhothaiWithTheConsultant();

		login(page, "consultant", DEMO_PASSWORD);

		// 1. the new province is on the consultant's home page
		Locator provinceCard = page.locator("article.card a[href='/p/" + PROVINCE + "']");
		assertThat(provinceCard).containsText(PROVINCE_TH);
		provinceCard.click();
		page.waitForURL(url("/p/" + PROVINCE));
		assertThat(page.locator("#province-title")).containsText(PROVINCE_TH);
		shot("province");

		// 2. target areas: none yet; a new one from an uploaded GeoJSON file
		page.locator("#scp-nav a[href='/p/" + PROVINCE + "/areas']").click();
		page.waitForURL(url("/p/" + PROVINCE + "/areas"));
		assertThat(page.locator("#content table tbody")).containsText("ยังไม่มีข้อมูล");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เพิ่มพื้นที่เป้าหมาย")).click();
		page.waitForURL(url("/p/" + PROVINCE + "/areas/new"));
		page.locator("#nameTh").fill(AREA);
		page.locator("#nameEn").fill("Old Sukhothai");
		page.locator("#type").selectOption(new SelectOption().setValue("OLD_TOWN"));
		page.locator("#cityType").selectOption(new SelectOption().setValue("LIVEABLE_CITY"));
		page.locator("#population").fill("12500");
		page.locator("input[name=leadDimensions][value=ENV]").check();
		page.locator("input[name=leadDimensions][value=ECO]").check();
		page.locator("#positioning").fill("เมืองมรดกโลกที่สะอาด ปลอดฝุ่น และน่าเที่ยวตลอดปี");
		Path geojson = tempDir.resolve("old-sukhothai.geojson");
		Files.writeString(geojson, OLD_SUKHOTHAI_GEOJSON, StandardCharsets.UTF_8);
		page.locator("#boundaryFile").setInputFiles(geojson);
		shot("area-form-with-geojson");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").click();

		// the area's own page: the size comes from the boundary, the map shows it
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/areas/\\d+$"));
		assertThat(flash()).hasText("เพิ่มพื้นที่เป้าหมายเรียบร้อยแล้ว");
		assertThat(page.locator("main h1")).hasText(AREA);
		assertThat(page.locator("#content")).containsText("คำนวณจากขอบเขตพื้นที่");
		assertThat(page.locator("#content dl")).containsText(Pattern.compile("\\b[2-4]\\.\\d\\d\\b"));
		assertThat(page.locator("#content .scp-map")).isVisible();
		shot("area-created");
		assertNoSeriousAxeViolations(page);

		page.locator("#content nav a[href='/p/" + PROVINCE + "/areas']").click();
		Locator areaRow = page.locator("#content table tbody tr", new Page.LocatorOptions().setHasText(AREA));
		assertThat(areaRow).hasCount(1);
		assertThat(areaRow).containsText("เมืองเก่า");
		assertThat(areaRow.locator("td").last()).hasText("มี");
		shot("area-listed");
		assertNoSeriousAxeViolations(page);

		// 3. the plan: not started yet, so the start form
		page.locator("#scp-nav a[href='/p/" + PROVINCE + "/plan']").click();
		page.waitForURL(url("/p/" + PROVINCE + "/plan"));
		assertThat(page.locator("main h1")).hasText("เริ่มจัดทำแผนแม่บทเมืองอัจฉริยะ");
		int firstYear = Integer.parseInt(page.locator("#firstYear").inputValue());
		assertThat(page.locator("#years")).hasValue("5");
		page.locator("#title").fill("แผนแม่บทเมืองอัจฉริยะจังหวัดสุโขทัย");
		shot("plan-start");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").click();
		page.waitForURL(url("/p/" + PROVINCE + "/plan"));
		assertThat(flash()).hasText("เริ่มจัดทำแผนแม่บทแล้ว");
		assertThat(page.locator("#plan-title")).hasText("แผนแม่บทเมืองอัจฉริยะจังหวัดสุโขทัย");
		assertThat(page.locator("#content")).containsText("เป้าหมาย 0 · โครงการ 0 · ตัวชี้วัด 0");
		shot("plan-tree-empty");
		assertNoSeriousAxeViolations(page);

		// 4. a goal in the environment dimension
		Locator environment = page.locator("#dimension-ENV");
		environment.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("เพิ่มเป้าหมาย")).click();
		page.waitForURL(Pattern.compile(".*/plan/goals/new\\?dimension=ENV$"));
		assertThat(page.locator("#dimension")).hasValue("ENV");
		page.locator("#title").fill(GOAL);
		page.locator("#description").fill("ขยะและฝุ่นเป็นปัญหาหลักที่นักท่องเที่ยวและชุมชนร้องเรียน");
		// the SDG list is long: the filter box narrows it to what was typed
		Locator sdgs = page.locator("[data-filter-group]").filter(new Locator.FilterOptions()
			.setHas(page.locator("input[name='alignment.sdgs']")));
		sdgs.locator("[data-filter-input]").fill("SDG11");
		assertThat(sdgs.locator("input[value='SDG1']")).isHidden();
		sdgs.locator("input[value='SDG11']").check();
		shot("goal-form");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/plan#item-.+"));
		assertThat(flash()).hasText("บันทึกเรียบร้อยแล้ว");
		Locator goal = environment.locator("div[id^=item-]", new Locator.LocatorOptions().setHas(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(GOAL).setExact(true))));
		assertThat(goal).hasCount(1);
		assertThat(goal.locator("h3")).containsText("SDG11");

		// 5. a strategy under the goal
		goal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("เพิ่มกลยุทธ์")).click();
		page.waitForURL(Pattern.compile(".*/plan/goals/[^/]+/strategies/new$"));
		assertThat(page.locator("#content")).containsText("ภายใต้เป้าหมาย: " + GOAL);
		page.locator("#title").fill(STRATEGY);
		shot("strategy-form");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/plan#item-.+"));
		Locator strategy = goal.locator("div.border-start", new Locator.LocatorOptions().setHasText(STRATEGY));
		assertThat(strategy).hasCount(1);

		// 6. a project under the strategy, in the new area, two fiscal years with a budget each
		strategy.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("เพิ่มโครงการ")).click();
		page.waitForURL(Pattern.compile(".*/plan/strategies/[^/]+/projects/new$"));
		page.locator("#name").fill(PROJECT);
		page.locator("#objectives").fill("ลดขยะที่ส่งหลุมฝังกลบร้อยละ 30 ภายใน 5 ปี");
		page.getByLabel(AREA, new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#leadAgency").fill("เทศบาลเมืองเก่าสุโขทัย");
		page.locator("#partners").fill("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสุโขทัย\nมหาวิทยาลัยราชภัฏพิบูลสงคราม");
		page.locator("#startYear").selectOption(String.valueOf(firstYear));
		page.locator("#endYear").selectOption(String.valueOf(firstYear + 1));
		// fiscal years read as years, not as amounts ("2571", never "2,571")
		assertThat(page.locator("label[for=budget" + firstYear + "]")).hasText("ปีงบประมาณ " + firstYear);
		page.locator("#budget" + firstYear).fill("1500000");
		page.locator("#budget" + (firstYear + 1)).fill("2500000");
		page.locator("#estimatedTotal").fill("4000000");
		page.locator("#outputs").fill("ถังขยะอัจฉริยะ 40 จุด และแผนที่จุดทิ้งขยะแบบเปิด");
		shot("project-form");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/plan#item-.+"));
		assertThat(flash()).hasText("บันทึกเรียบร้อยแล้ว");
		Locator project = strategy.locator("div.ms-3.mt-2", new Locator.LocatorOptions().setHasText(PROJECT));
		assertThat(project).hasCount(1);
		assertThat(project).containsText("เทศบาลเมืองเก่าสุโขทัย · " + firstYear + "–" + (firstYear + 1));
		assertThat(project).containsText("4,000,000 บาท");
		assertThat(project.locator(".badge", new Locator.LocatorOptions().setHasText(AREA))).isVisible();

		// 7. a KPI on the project: baseline and a target for each year of the project (two), not of the plan
		project.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("เพิ่มตัวชี้วัด")).click();
		page.waitForURL(Pattern.compile(".*/plan/items/[^/]+/kpis/new$"));
		assertThat(page.locator("#content")).containsText("ตัวชี้วัดของ: " + PROJECT);
		page.locator("#name").fill(KPI);
		page.locator("#unit").fill("ตัน/วัน");
		page.locator("#baselineValue").fill("42");
		page.locator("#baselineYear").fill(String.valueOf(firstYear - 2));
		page.locator("#baselineSource").fill("เทศบาลเมืองเก่าสุโขทัย");
		Locator targets = page.locator("fieldset", new Page.LocatorOptions().setHasText("ค่าเป้าหมายรายปี"))
			.locator("input");
		List<String> targetValues = List.of("40", "37");
		assertThat(targets).hasCount(targetValues.size());
		for (int i = 0; i < targetValues.size(); i++) {
			assertThat(targets.nth(i)).hasAttribute("id", "targets" + (firstYear + i));
			targets.nth(i).fill(targetValues.get(i));
		}
		shot("kpi-form");
		assertNoSeriousAxeViolations(page);
		page.locator("#content form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/plan#item-.+"));
		assertThat(flash()).hasText("บันทึกเรียบร้อยแล้ว");
		Locator kpi = project.locator("li", new Locator.LocatorOptions().setHasText(KPI));
		assertThat(kpi).containsText("(ตัน/วัน)");
		assertThat(kpi).containsText("ค่าฐาน 42");
		assertThat(kpi).containsText(firstYear + ": 40");
		assertThat(kpi).containsText((firstYear + 1) + ": 37");
		assertThat(page.locator("#content")).containsText("เป้าหมาย 1 · โครงการ 1 · ตัวชี้วัด 1");
		shot("plan-tree-with-goal-strategy-project-kpi");
		assertNoSeriousAxeViolations(page);

		// 8. the readiness check gives a score and a line per criterion
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ตรวจความพร้อมตามเกณฑ์")).click();
		page.waitForURL(url("/p/" + PROVINCE + "/plan/readiness"));
		assertThat(page.locator("#readiness-score")).hasText(Pattern.compile("^คะแนนความพร้อม \\d{1,3}%$"));
		assertThat(page.locator("#check-KPI")).containsText("ความครบถ้วนของตัวชี้วัด");
		assertThat(page.locator("#check-C1")).containsText("เป้าหมายและพื้นที่ดำเนินการชัดเจน");
		// dimensions without a goal are named in words, not by their codes
		assertThat(page.locator("#check-DIMENSIONS")).containsText("ยังไม่มีเป้าหมายในด้าน เศรษฐกิจอัจฉริยะ");
		assertThat(page.locator("#check-DIMENSIONS")).not().containsText("ECO");
		shot("readiness");
		assertNoSeriousAxeViolations(page);

		// 9. save the plan as it is now: "ร่าง 1"
		page.locator("#content nav a[href='/p/" + PROVINCE + "/plan']").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ฉบับที่บันทึกไว้")).click();
		page.waitForURL(url("/p/" + PROVINCE + "/plan/versions"));
		saveVersion("ร่าง 1");
		assertThat(page.locator("#content table tbody tr")).hasCount(1);
		// who saved it: the sign-in name for now (see the report: a display name would read better)
		assertThat(page.locator("#content table tbody")).containsText(CONSULTANT_NAME);
		shot("version-1-saved");
		assertNoSeriousAxeViolations(page);

		// 10. change the goal's title
		page.locator("#content nav a[href='/p/" + PROVINCE + "/plan']").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(GOAL).setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/plan/goals/[^/]+$"));
		assertThat(page.locator("main h1")).hasText("แก้ไขเป้าหมาย");
		assertThat(page.locator("#title")).hasValue(GOAL);
		page.locator("#title").fill(GOAL_CHANGED);
		shot("goal-title-changed");
		page.locator("#content form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/p/" + PROVINCE + "/plan#item-.+"));
		assertThat(page.locator("#dimension-ENV")).containsText(GOAL_CHANGED);
		assertThat(page.locator("#dimension-ENV")).not().containsText(GOAL);

		// 11. save "ร่าง 2" and compare it with "ร่าง 1": the old and the new title side by side
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ฉบับที่บันทึกไว้")).click();
		saveVersion("ร่าง 2");
		assertThat(page.locator("#content table tbody tr")).hasCount(2);
		page.locator("#diff-from").selectOption(new SelectOption().setLabel("ร่าง 1"));
		page.locator("#diff-to").selectOption(new SelectOption().setLabel("ร่าง 2"));
		shot("versions-compare-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปรียบเทียบ").setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/plan/versions/diff\\?from=\\d+&to=\\d+$"));
		assertThat(page.locator("main h1")).hasText("เปรียบเทียบฉบับ");
		assertThat(page.locator("#content")).containsText("พบการเปลี่ยนแปลง 1 รายการ");
		Locator changed = page.locator("#content table tbody tr", new Page.LocatorOptions().setHasText("แก้ไข"));
		assertThat(changed).hasCount(1);
		assertThat(changed).containsText("เป้าหมาย");
		assertThat(changed.locator("td").nth(2)).hasText("ชื่อ");
		assertThat(changed.locator("del")).hasText(GOAL);
		assertThat(changed.locator("ins")).hasText(GOAL_CHANGED);
		shot("diff-version-1-to-2");
		assertNoSeriousAxeViolations(page);

		// and "ร่าง 1" against the plan as it is now says the same
		page.goBack();
		page.locator("#diff-from").selectOption(new SelectOption().setLabel("ร่าง 1"));
		page.locator("#diff-to").selectOption(new SelectOption().setLabel("แผนปัจจุบัน"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปรียบเทียบ").setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/plan/versions/diff\\?from=\\d+&to=current$"));
		assertThat(page.locator("#content del")).hasText(GOAL);
		assertThat(page.locator("#content ins")).hasText(GOAL_CHANGED);
		shot("diff-version-1-to-current");

		// the saved "ร่าง 1" still reads with the old title
		page.navigate(url("/p/" + PROVINCE + "/plan/versions"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ร่าง 1").setExact(true)).click();
		assertThat(page.locator("#content [role=note]")).containsText("ร่าง 1");
		assertThat(page.locator("#content")).containsText(GOAL);
		assertThat(page.locator("#content")).containsText(KPI);
		assertThat(page.locator("#content")).not().containsText(GOAL_CHANGED);
		shot("version-1-read-only");
		assertNoSeriousAxeViolations(page);
	}

	/** As admin, in a separate browser context: an engagement for Sukhothai with the demo consultant on its team. */
	private void adminStartsAnEngagementForSukhothaiWithTheConsultant() {
		BrowserContext adminContext = newContext(1280, 900);
		try {
			Page admin = adminContext.newPage();
			login(admin, "admin", DEMO_PASSWORD);
			admin.navigate(url("/admin/engagements/new"));
			admin.locator("#provinceCode").selectOption(new SelectOption().setValue(PROVINCE));
			admin.locator("#startDate").fill(LocalDate.now().toString());
			admin.locator("#title").fill("จัดทำแผนแม่บทเมืองอัจฉริยะจังหวัดสุโขทัย");
			admin.locator("#content form button[type=submit]").last().click();
			admin.waitForURL(Pattern.compile(".*/admin/engagements/\\d+$"));
			assertThat(admin.locator("main .alert-success[role=status]")).hasText("เริ่มโครงการที่ปรึกษาเรียบร้อยแล้ว");
			String engagement = admin.url().substring(admin.url().lastIndexOf('/') + 1);

			// the team comes from the proposal, with the demo consultant on it
			admin.navigate(url("/admin/engagements/" + engagement + "/team"));
			admin.locator("form[action$='/team/proposal'] button[type=submit]").click();
			admin.locator("#proposal-heading").waitFor();
			admin.waitForLoadState();
			Locator keep = admin.locator("form[action$='/team']");
			Locator consultant = keep.getByLabel(CONSULTANT_NAME, new Locator.GetByLabelOptions().setExact(true));
			if (!consultant.isChecked()) {
				String lead = keep.locator("input[name=lead]:checked").getAttribute("value");
				Locator chosen = keep.locator("input[name=members]:checked");
				for (int i = chosen.count() - 1; i >= 0; i--) {
					if (!chosen.nth(i).getAttribute("value").equals(lead)) {
						chosen.nth(i).uncheck();
						break;
					}
				}
				consultant.check();
			}
			keep.locator("button[type=submit]").click();
			assertThat(admin.locator("main .alert-success[role=status]")).hasText("บันทึกทีมแล้ว");
			assertThat(keep.getByLabel(CONSULTANT_NAME, new Locator.GetByLabelOptions().setExact(true))).isChecked();
			shot(admin, "engagement-for-" + PROVINCE);
		}
		finally {
			adminContext.close();
		}
	}

	/** Saves the plan as a named version from the versions page and checks it is listed. */
	private void saveVersion(String name) {
		page.locator("#version-name").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเป็นฉบับใหม่")).click();
		page.waitForURL(url("/p/" + PROVINCE + "/plan/versions"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(flash()).hasText("บันทึกฉบับใหม่แล้ว");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)))
			.isVisible();
	}

	private Locator flash() {
		return page.locator("main .alert-success[role=status]");
	}

	private void shot(String name) {
		shot(page, name);
	}

	private void shot(Page target, String name) {
		step++;
		screenshot(target, String.format("consultant-plan-%02d-%s", step, name));
	}
}
