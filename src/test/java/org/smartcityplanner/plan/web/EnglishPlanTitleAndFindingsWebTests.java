package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
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
 * The plan's English title (overview form, overview API, export and import) on the English book's cover, page
 * header and file properties, with the Thai title marked "[not translated]" when there is none; and readiness
 * findings that name goals, projects and KPIs by their English names in English (page, API, book), the Thai name
 * marked when an item has none, while Thai stays Thai.
 */
class EnglishPlanTitleAndFindingsWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-67");
	private static final String THAI_TITLE = "เพชรบูรณ์เมืองแห่งสายหมอก: แผนพัฒนาเมืองอัจฉริยะ";
	private static final String ENGLISH_TITLE = "Phetchabun, City of Mist: Smart City Development Plan";

	@Autowired
	PlanApi plans;
	@Autowired
	PlanUseCases planUseCases;
	@Autowired
	ApplicationContext app;

	@Test
	void theEnglishTitleGoesThroughFormApiAndExportAndHeadsTheEnglishBookWhileFindingsUseEnglishNames()
			throws Exception {
		Cookie session = signedIn("plan.coord67", Role.COORDINATOR, PROVINCE);
		mvc.perform(post("/p/TH-67/plan").cookie(session).with(csrf()).param("title", THAI_TITLE)
			.param("firstYear", "2570").param("years", "5")).andExpect(status().is3xxRedirection());

		// the overview form takes the English title and shows it again
		mvc.perform(post("/p/TH-67/plan/overview").cookie(session).with(csrf()).param("title", THAI_TITLE)
			.param("titleEn", "Draft English title").param("firstYear", "2570").param("lastYear", "2574")
			.param("vision", "เมืองน่าอยู่").param("missions", "").param("version", String.valueOf(planVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-67/plan/overview").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Draft English title\"")));

		// the overview API: a missing Thai title is a 400 naming the field; a good body changes the English title
		mvc.perform(put("/api/v1/provinces/TH-67/plan/overview").cookie(session).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"titleEn\":\"x\",\"firstYear\":2570,\"lastYear\":2574,\"version\":" + planVersion() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The field title is required."));
		mvc.perform(put("/api/v1/provinces/TH-67/plan/overview").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + THAI_TITLE + "\",\"titleEn\":\"" + ENGLISH_TITLE
					+ "\",\"firstYear\":2570,\"lastYear\":2574,\"vision\":\"เมืองน่าอยู่\",\"missions\":[],\"version\":"
					+ planVersion() + "}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/provinces/TH-67/plan/overview").cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(THAI_TITLE)).andExpect(jsonPath("$.titleEn").value(ENGLISH_TITLE));

		// a goal with an English title and a project without: both lack KPIs, so readiness names them
		mvc.perform(post("/p/TH-67/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "อากาศบริสุทธิ์").param("titleEn", "Clean mountain air"))
			.andExpect(status().is3xxRedirection());
		String goalId = document().goals().get(0).id().value();
		mvc.perform(post("/p/TH-67/plan/goals/" + goalId + "/strategies").cookie(session).with(csrf())
			.param("title", "เฝ้าระวังหมอกควัน")).andExpect(status().is3xxRedirection());
		String strategyId = document().goals().get(0).strategies().get(0).id().value();
		mvc.perform(post("/p/TH-67/plan/projects").cookie(session).with(csrf()).param("strategyId", strategyId)
			.param("name", "สถานีวัดฝุ่นบนเขาค้อ").param("leadAgency", "สำนักงานจังหวัด")
			.param("startYear", "2570").param("endYear", "2570")).andExpect(status().is3xxRedirection());

		String exported = mvc.perform(get("/api/v1/provinces/TH-67/plan/export").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(exported).contains("\"titleEn\":\"" + ENGLISH_TITLE + "\"");
		PlanDocument before = document();
		mvc.perform(put("/api/v1/provinces/TH-67/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isNoContent());
		assertThat(document()).isEqualTo(before);
		assertThat(document().titleEn()).isEqualTo(ENGLISH_TITLE);

		// readiness in English names items in English, the untranslated project marked; in Thai, all Thai
		assertThat(readiness(session, "en")).contains("Goal “Clean mountain air” has no KPI",
				"Project “สถานีวัดฝุ่นบนเขาค้อ [not translated]” has no KPI.").doesNotContain("อากาศบริสุทธิ์");
		assertThat(readiness(session, "th")).contains("เป้าหมาย “อากาศบริสุทธิ์”",
				"โครงการ “สถานีวัดฝุ่นบนเขาค้อ” ยังไม่มีตัวชี้วัด").doesNotContain("Clean mountain air", "ยังไม่ได้แปล");
		mvc.perform(get("/p/TH-67/plan/readiness").param("lang", "en").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Clean mountain air")))
			.andExpect(content().string(containsString("สถานีวัดฝุ่นบนเขาค้อ [not translated]")))
			.andExpect(content().string(not(containsString("“อากาศบริสุทธิ์”"))));

		DocumentModel english = englishBook("English title");
		assertThat(english.cover().lines()).contains(ENGLISH_TITLE).doesNotContain(THAI_TITLE);
		assertThat(english.info().subject()).isEqualTo(ENGLISH_TITLE);
		assertThat(english.running().headerText()).isEqualTo(ENGLISH_TITLE);
		assertThat(readinessFindings(english)).contains("Clean mountain air", "สถานีวัดฝุ่นบนเขาค้อ [not translated]")
			.doesNotContain("“อากาศบริสุทธิ์”");

		// without an English title the English book prints the Thai one, marked, and heads pages in English
		mvc.perform(put("/api/v1/provinces/TH-67/plan/overview").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + THAI_TITLE + "\",\"titleEn\":\"\",\"firstYear\":2570,\"lastYear\":2574,"
					+ "\"version\":" + planVersion() + "}"))
			.andExpect(status().isNoContent());
		DocumentModel untranslated = englishBook("Thai title only");
		assertThat(untranslated.cover().lines()).contains(THAI_TITLE + " [not translated]");
		assertThat(untranslated.info().subject()).isEqualTo(THAI_TITLE + " [not translated]");
		assertThat(untranslated.running().headerText()).isEqualTo("Smart City Master Plan of Phetchabun Province");
	}

	private String readiness(Cookie session, String language) throws Exception {
		return mvc.perform(get("/api/v1/provinces/TH-67/plan/readiness").cookie(session)
			.header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int planVersion() {
		return plans.plan(PROVINCE).orElseThrow().header().version();
	}

	private PlanDocument document() {
		return plans.plan(PROVINCE).orElseThrow().document();
	}

	private DocumentModel englishBook(String versionName) {
		long version = planUseCases.saveVersion(PROVINCE, versionName).id();
		return new MasterPlanBook().build(BookInputs.load(app, PROVINCE, version, DocumentLanguage.ENGLISH),
				BookInputs.texts(app, DocumentLanguage.ENGLISH), (done, total) -> {
				});
	}

	/** The findings column of the readiness chapter's table. */
	private static String readinessFindings(DocumentModel book) {
		StringBuilder text = new StringBuilder();
		for (var block : book.blocks()) {
			if (block instanceof Table table) {
				for (List<Cell> row : table.rows()) {
					row.stream().map(Cell::value).filter(CellValue.Text.class::isInstance)
						.map(value -> ((CellValue.Text) value).text()).forEach(cell -> text.append(cell).append('\n'));
				}
			}
		}
		return text.toString();
	}
}
