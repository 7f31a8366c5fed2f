package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.reports.internal.BookInputs;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The alignment page lists as gaps only what the plan is expected to close — what every smart-city plan and the
 * plan's own dimensions call for — each with a link to fix it for editors, and folds the national items nobody
 * expects (foreign affairs, sport) in a {@code <details>}; Thailand 4.0 is a reference framework to align with,
 * on the forms, the page, the API and the book's alignment chapter, in Thai and English.
 */
class AlignmentGapsAndThailand40WebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-25");

	@Autowired
	PlanApi plans;
	@Autowired
	PlanUseCases planUseCases;
	@Autowired
	ApplicationContext app;

	@Test
	void gapsFollowThePlansDimensionsWithFixLinksAndThailand40IsAnAlignmentReference() throws Exception {
		Cookie session = signedIn("plan.cons25", Role.CONSULTANT, PROVINCE);
		mvc.perform(post("/p/TH-25/plan").cookie(session).with(csrf()).param("title", "แผนแม่บทเมืองอัจฉริยะปราจีนบุรี")
			.param("firstYear", "2570").param("years", "5")).andExpect(status().is3xxRedirection());
		String form = page(session, "/p/TH-25/plan/goals/new?dimension=ENV");
		assertThat(form).contains("name=\"alignment.thailand40\"", "T40-NS4", "T40-MODEL", "ประเทศไทย 4.0");
		mvc.perform(post("/p/TH-25/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "แม่น้ำปราจีนสะอาด").param("alignment.nationalStrategies", "NS5")
			.param("alignment.thailand40", "T40-MODEL")).andExpect(status().is3xxRedirection());
		String goalId = document().goals().get(0).id().value();
		assertThat(document().goals().get(0).alignment().thailand40()).containsExactly("T40-MODEL");
		mvc.perform(post("/p/TH-25/plan/goals/" + goalId + "/strategies").cookie(session).with(csrf())
			.param("title", "เฝ้าระวังคุณภาพน้ำ")).andExpect(status().is3xxRedirection());
		String strategyId = document().goals().get(0).strategies().get(0).id().value();

		String page = page(session, "/p/TH-25/plan/alignment");
		String expectedGaps = between(page, "id=\"expected-gaps\"", "id=\"unexpected-gaps\"");
		// every plan is expected to align with MP06; an environment goal with SDG 13; both lead to the ENV goal
		assertThat(expectedGaps).contains("MP06", "SDG13", "href=\"/p/TH-25/plan/goals/" + goalId + "\"",
				"href=\"/p/TH-25/plan/strategies/" + strategyId + "\"",
				"href=\"/p/TH-25/plan/goals/new?dimension=MOB\"");
		// foreign affairs and sport are nobody's expectation here: not gap rows, folded below
		assertThat(expectedGaps).doesNotContain("MP02", "MP14", "T40-NS4");
		assertThat(count(expectedGaps, "gap-row")).isEqualTo(count(expectedGaps, "gap-fix"));
		assertThat(between(page, "<details class=\"mt-2\" id=\"unexpected-gaps\"", "</details>")).contains("MP02", "MP14");
		String matrix = between(page, "id=\"matrix\"", "id=\"folded-matrix\"");
		assertThat(matrix).contains("T40-MODEL", "แม่น้ำปราจีนสะอาด", "MP06").doesNotContain("MP14");
		assertThat(between(page, "<details class=\"mt-2\" id=\"folded-matrix\"", "</details>")).contains("MP14", "T40-NS4");

		// a working-group member reads the same gaps without the links to fix them
		Cookie member = signedIn("plan.group25", Role.WORKING_GROUP, PROVINCE);
		assertThat(page(member, "/p/TH-25/plan/alignment")).contains("id=\"expected-gaps\"").doesNotContain("gap-fix");

		mvc.perform(get("/api/v1/provinces/TH-25/plan/alignment").cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.coverage[?(@.list == 'THAILAND_40')].covered").value(1))
			.andExpect(jsonPath("$.gaps[?(@.subject == 'MP14')].expected").value(false))
			.andExpect(jsonPath("$.gaps[?(@.subject == 'MP06')].expected").value(true))
			.andExpect(jsonPath("$.gaps[?(@.subject == 'MP06')].fix").value("/p/TH-25/plan/goals/" + goalId));

		long version = planUseCases.saveVersion(PROVINCE, "ฉบับทดสอบประเทศไทย 4.0").id();
		assertThat(alignmentChapter(version, DocumentLanguage.THAI)).contains("ประเทศไทย 4.0", "T40-MODEL",
				"ประเทศไทย 4.0 เศรษฐกิจที่ขับเคลื่อนด้วยคุณค่าและนวัตกรรม", "• เป้าหมาย: แม่น้ำปราจีนสะอาด");
		assertThat(alignmentChapter(version, DocumentLanguage.ENGLISH)).contains("Thailand 4.0", "T40-MODEL",
				"Thailand 4.0: value-based, innovation-driven economy");
	}

	private String page(Cookie session, String url) throws Exception {
		return mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private PlanDocument document() {
		return plans.plan(PROVINCE).orElseThrow().document();
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start);
		assertThat(start).as(from).isNotNegative();
		assertThat(end).as(to).isGreaterThan(start);
		return text.substring(start, end);
	}

	private static int count(String text, String word) {
		return text.split(word, -1).length - 1;
	}

	/** The headings and cells of the book's alignment chapter, up to the readiness chapter. */
	private List<String> alignmentChapter(long version, DocumentLanguage language) {
		DocumentModel book = new MasterPlanBook().build(BookInputs.load(app, PROVINCE, version, language),
				BookInputs.texts(app, language), (done, total) -> {
				});
		List<String> texts = new ArrayList<>();
		boolean inChapter = false;
		for (var block : book.blocks()) {
			if (block instanceof Heading heading && heading.level() == 1) {
				inChapter = heading.text().contains(language == DocumentLanguage.THAI ? "ความสอดคล้อง" : "Alignment");
			}
			if (!inChapter) {
				continue;
			}
			if (block instanceof Heading heading) {
				texts.add(heading.text());
			}
			else if (block instanceof Table table) {
				for (List<Cell> row : table.rows()) {
					row.stream().map(Cell::value).filter(CellValue.Text.class::isInstance)
						.map(value -> ((CellValue.Text) value).text()).forEach(texts::add);
				}
			}
		}
		return texts;
	}
}
