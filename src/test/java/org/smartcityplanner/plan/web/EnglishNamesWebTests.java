package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Paragraph;
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
import org.springframework.http.MediaType;

/**
 * English names of goals, strategies, projects and KPIs: typed in the forms, sent through the API, kept through
 * export and import, and printed in the English book, where an item without one shows its Thai name marked
 * "[not translated]".
 */
class EnglishNamesWebTests extends WebTestSupport {

	private static final ProvinceCode NONTHABURI = new ProvinceCode("TH-12");

	@Autowired
	PlanApi plans;
	@Autowired
	PlanUseCases planUseCases;
	@Autowired
	ApplicationContext app;

	@Test
	void englishNamesGoThroughFormsApiExportImportAndIntoTheEnglishBook() throws Exception {
		Cookie session = signedIn("plan.coord12", Role.COORDINATOR, NONTHABURI);
		mvc.perform(post("/p/TH-12/plan").cookie(session).with(csrf()).param("title", "แผนแม่บทเมืองอัจฉริยะนนทบุรี")
			.param("firstYear", "2570").param("years", "5")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/TH-12/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "อากาศสะอาด").param("titleEn", "Clean air")).andExpect(status().is3xxRedirection());
		String goalId = document().goals().get(0).id().value();
		mvc.perform(post("/p/TH-12/plan/goals/" + goalId + "/strategies").cookie(session).with(csrf())
			.param("title", "เฝ้าระวังฝุ่น")).andExpect(status().is3xxRedirection());
		String strategyId = document().goals().get(0).strategies().get(0).id().value();
		mvc.perform(post("/p/TH-12/plan/projects").cookie(session).with(csrf()).param("strategyId", strategyId)
			.param("name", "เครือข่ายเซนเซอร์ฝุ่น").param("nameEn", "Dust sensor network")
			.param("leadAgency", "สำนักงานจังหวัด")).andExpect(status().is3xxRedirection());
		String projectId = document().projects().findFirst().orElseThrow().id().value();
		mvc.perform(post("/p/TH-12/plan/kpis").cookie(session).with(csrf()).param("ownerId", projectId)
			.param("name", "จำนวนจุดตรวจวัด").param("unit", "จุด").param("targets[2570]", "20"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-12/plan/goals/" + goalId).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Clean air\"")));

		// the strategy gets its English title over the API; the KPI keeps none
		int strategyVersion = plans.plan(NONTHABURI).orElseThrow().versionOf(strategyId);
		mvc.perform(put("/api/v1/provinces/TH-12/plan/strategies/" + strategyId).cookie(session).with(csrf())
			.param("version", String.valueOf(strategyVersion)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"เฝ้าระวังฝุ่น\", \"titleEn\": \"Dust watch\"}")).andExpect(status().isNoContent());
		PlanDocument before = document();
		assertThat(before.goals().get(0).titleEn()).isEqualTo("Clean air");
		assertThat(before.goals().get(0).strategies().get(0).titleEn()).isEqualTo("Dust watch");
		assertThat(before.projects().findFirst().orElseThrow().nameEn()).isEqualTo("Dust sensor network");

		String exported = mvc.perform(get("/api/v1/provinces/TH-12/plan/export").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(exported).contains("\"titleEn\":\"Clean air\"", "\"nameEn\":\"Dust sensor network\"");
		mvc.perform(put("/api/v1/provinces/TH-12/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isNoContent());
		assertThat(document()).isEqualTo(before);

		long version = planUseCases.saveVersion(NONTHABURI, "ฉบับทดสอบภาษาอังกฤษ").id();
		DocumentModel english = new MasterPlanBook().build(
				BookInputs.load(app, NONTHABURI, version, DocumentLanguage.ENGLISH),
				BookInputs.texts(app, DocumentLanguage.ENGLISH), (done, total) -> {
				});
		List<String> text = texts(english);
		assertThat(text).contains("Goal: Clean air", "Dust sensor network", "จำนวนจุดตรวจวัด [not translated]")
			.anySatisfy(line -> assertThat(line).contains("Dust watch"))
			.anySatisfy(line -> assertThat(line).startsWith("Note: names followed by [not translated]"));
		assertThat(text).doesNotContain("Goal: อากาศสะอาด", "Goal: อากาศสะอาด [not translated]");
	}

	private PlanDocument document() {
		return plans.plan(NONTHABURI).orElseThrow().document();
	}

	/** Headings, paragraphs, table captions and cells of the book, as printed. */
	private static List<String> texts(DocumentModel book) {
		List<String> texts = new java.util.ArrayList<>();
		for (var block : book.blocks()) {
			if (block instanceof Heading heading) {
				texts.add(heading.text());
			}
			else if (block instanceof Paragraph paragraph) {
				texts.add(paragraph.text());
			}
			else if (block instanceof Table table) {
				texts.add(table.caption());
				table.rows().forEach(row -> row.stream().map(EnglishNamesWebTests::cellText).forEach(texts::add));
			}
		}
		return texts;
	}

	private static String cellText(Cell cell) {
		return cell.value() instanceof org.smartcityplanner.documents.CellValue.Text text ? text.text() : "";
	}
}
