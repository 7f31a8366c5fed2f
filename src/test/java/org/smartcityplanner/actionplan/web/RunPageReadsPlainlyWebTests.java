package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.EnvelopeUse;
import org.smartcityplanner.actionplan.optimiser.model.Exclusion;
import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.ReasonKind;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 item 19: the run page and its neighbours read plainly in Thai and English. A run is solved for real,
 * then its result is replaced by one whose envelope use and reasons are known, so each rule of the page is checked
 * against exact figures: "binding" means used at least 99.5 % (stated on the page, the same in the table and the
 * list), a shortfall over several years is one sentence naming the years, one name for the annual action plan, no
 * empty column, money with separators and weights as percentages.
 */
@ActionPlanModuleTest
class RunPageReadsPlainlyWebTests extends ModuleWebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-70");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Test
	void bindingEnvelopesFollowTheStatedRuleAndShortfallsNameTheirYearsOnce() throws Exception {
		Cookie session = signedIn("i18n.coord41", Role.COORDINATOR, PROVINCE);
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ศูนย์ข้อมูลเมือง", 4_990_000L);
		costs.put("รถโดยสารไฟฟ้า", 3_000_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, PROVINCE, costs);
		actionPlans.saveScores(PROVINCE, ids.get(0), Map.of(Criterion.ALIGNMENT, new BigDecimal("9")));
		actionPlans.saveScores(PROVINCE, ids.get(1), Map.of(Criterion.ALIGNMENT, new BigDecimal("5")));
		mvc.perform(post("/p/TH-70/actionplan/optimiser/envelopes").cookie(session).with(csrf())
			.param("env_PROV_2570", "5,000,000").param("env_PROV_2571", "2,000,000"))
			.andExpect(status().is3xxRedirection());
		String location = mvc.perform(post("/p/TH-70/actionplan/runs").cookie(session).with(csrf())
			.param("label", "รอบทดสอบ").param("timeLimitSeconds", "5"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitDone(runId);
		// the solver's own "binding" marked the half-used 2571 envelope and left the nearly full 2570 one blank
		jdbc.sql("update acp_run set result = ?, outcome = 'OPTIMAL' where id = ?")
			.params(json.writeValueAsString(result(ids)), runId).update();

		Document page = page(location, session, "th");
		Element table = page.getElementById("envelope-table");
		assertThat(row(table, "2570").select("td.envelope-binding").text()).isEqualTo("ใช่");
		assertThat(row(table, "2570").text()).contains("99.8 %");
		assertThat(row(table, "2571").select("td.envelope-binding").text()).isEqualTo("ไม่ใช่");
		assertThat(page.select(".binding-rule").first().text()).contains("ร้อยละ 99.5");
		assertThat(page.getElementById("binding-list").select("li")).extracting(Element::text)
			.anySatisfy(line -> assertThat(line).contains("ปีงบประมาณ 2570"))
			.noneSatisfy(line -> assertThat(line).contains("2571"));

		List<String> reasons = page.getElementById("excluded-table").select("li").eachText();
		assertThat(reasons).filteredOn(line -> line.contains("จะเกินกรอบวงเงิน")).singleElement()
			.satisfies(line -> assertThat(line).contains("ปีงบประมาณ 2570 และ 2571")
				.contains("1,990,000.00 และ 1,000,000.00 บาท"));

		String visible = page.body().text();
		assertThat(visible).doesNotContain("seed", "ขอบเขตบน", "system", "SCIP 9", "greedy",
				"แผนปฏิบัติการรายปีงบประมาณ");
		assertThat(page.getElementById("run-solver").text()).startsWith("โปรแกรมหาคำตอบที่ดีที่สุดทางคณิตศาสตร์");

		Document english = page(location, session, "en");
		assertThat(english.getElementById("excluded-table").select("li").eachText())
			.anySatisfy(line -> assertThat(line).contains("fiscal years 2570 and 2571"));
		assertThat(english.select(".binding-rule").first().text()).contains("99.5 %");
	}

	@Test
	void theSectionUsesOneNamePerPageAndNoColumnIsLeftEmpty() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-71");
		Cookie session = signedIn("i18n.coord42", Role.COORDINATOR, province);
		ActionPlanFixtures.planWithProjects(plans, province, Map.of("ป้ายรถเมล์อัจฉริยะ", 800_000L));
		for (String lang : List.of("th", "en")) {
			for (String tab : List.of("", "/weights", "/optimiser", "/plan")) {
				Document page = page("/p/TH-71/actionplan" + tab, session, lang);
				String active = page.select(".nav-tabs .nav-link.active").text();
				assertThat(page.select("h1").text()).as(lang + " " + tab).isEqualTo(active);
				assertThat(page.title()).as(lang + " " + tab).startsWith(active);
			}
		}
		Document overview = page("/p/TH-71/actionplan", session, "th");
		Element projects = overview.getElementById("projects-table");
		int columns = projects.select("thead th").size();
		for (int column = 0; column < columns; column++) {
			int index = column;
			assertThat(projects.select("tbody tr")).as("column " + projects.select("thead th").get(column).text())
				.anySatisfy(row -> assertThat(row.child(index).text()).isNotBlank());
		}
		assertThat(overview.body().text()).doesNotContain("เงื่อนไขการจัดสรร", "แผนปฏิบัติการรายปีงบประมาณ");
	}

	@Test
	void weightsReadAsPercentagesAndTheSourceCapWithSeparators() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-90");
		Cookie session = signedIn("i18n.coord43", Role.COORDINATOR, province);
		ActionPlanFixtures.planWithProjects(plans, province, Map.of("ไฟถนนอัจฉริยะ", 1_200_000L));
		var ahp = post("/p/TH-90/actionplan/weights/ahp").cookie(session).with(csrf()).param("ahp_0_1", "3")
			.param("ahp_0_2", "5").param("ahp_1_2", "1/3");
		mvc.perform(ahp).andExpect(status().is3xxRedirection());
		Document weights = page("/p/TH-90/actionplan/weights", session, "th");
		assertThat(weights.select(".weight-share").eachText()).isNotEmpty()
			.allSatisfy(share -> assertThat(share).matches("\\d{1,3}\\.\\d %"));
		assertThat(weights.select("#current-weights input[type=number]").eachAttr("value"))
			.allSatisfy(value -> assertThat(value).matches("\\d+(\\.\\d{1,3})?"));

		Cookie admin = signedIn("i18n.admin43", Role.ADMIN);
		// the rule is national: save the form as it stands with another cap, then put the old cap back
		Document form = page("/admin/budget-sources/PROV", admin, "th");
		String oldCap = form.getElementById("maxPerProject").attr("value");
		saveSourceForm(form, admin, "100000000");
		try {
			assertThat(page("/admin/budget-sources/PROV", admin, "th").getElementById("maxPerProject").attr("value"))
				.isEqualTo("100,000,000.00");
			assertThat(page("/admin/budget-sources", admin, "en").body().text()).contains("100,000,000.00")
				.doesNotContain("100000000");
		}
		finally {
			saveSourceForm(page("/admin/budget-sources/PROV", admin, "th"), admin, oldCap);
		}
	}

	/** Posts the budget-source form with every field as shown, except the cap. */
	private void saveSourceForm(Document form, Cookie admin, String cap) throws Exception {
		var request = post("/admin/budget-sources/PROV").cookie(admin).with(csrf()).param("maxPerProject", cap);
		for (Element input : form.select("form[method=post] input, form[method=post] select")) {
			String name = input.attr("name");
			if (name.isEmpty() || name.equals("maxPerProject") || name.equals("_csrf")) {
				continue;
			}
			if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					request.param(name, input.attr("value"));
				}
			}
			else if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				request.param(name, (selected != null ? selected : input.selectFirst("option")).attr("value"));
			}
			else {
				request.param(name, input.attr("value"));
			}
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private Document page(String path, Cookie session, String lang) throws Exception {
		String html = mvc.perform(get(path).param("lang", lang).cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static Element row(Element table, String year) {
		return table.select("tbody tr").stream().filter(tr -> tr.select("td").first().text().equals(year)).findFirst()
			.orElseThrow(() -> new AssertionError("no envelope row for " + year));
	}

	/** One funded project using 99.8 % of PROV 2570, one left out short in both years, PROV 2571 unused. */
	private static PortfolioResult result(List<String> ids) {
		var funded = new SelectedProject(ids.get(0), 2570, List.of(new Funding("PROV", 2570, 499_000_000L)));
		var shortIn2570 = new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, "PROV", 2570, 199_000_000L, null, null);
		var shortIn2571 = new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, "PROV", 2571, 100_000_000L, null, null);
		return new PortfolioResult(RunStatus.OPTIMAL, new BigDecimal("9"), new BigDecimal("9"), 0, "SCIP",
				"SCIP 9.2.0 (OR-Tools 9.14)", Duration.ofSeconds(1), null, List.of(funded),
				List.of(new Exclusion(ids.get(1), List.of(shortIn2570, shortIn2571))),
				List.of(new EnvelopeUse("PROV", 2570, 500_000_000L, 499_000_000L, false),
						new EnvelopeUse("PROV", 2571, 200_000_000L, 0, true)),
				List.of(ConstraintRef.envelope("PROV", 2571)), List.of(), List.of(), List.of());
	}

	private void awaitDone(long runId) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(90);
		while (Instant.now().isBefore(deadline)) {
			OptimiserRun run = actionPlans.run(PROVINCE, runId).orElseThrow();
			if (!run.pending()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + runId + " did not finish");
	}
}
