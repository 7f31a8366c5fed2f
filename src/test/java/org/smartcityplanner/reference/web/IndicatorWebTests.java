package org.smartcityplanner.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.http.MediaType;

class IndicatorWebTests extends WebTestSupport {

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		session = signedIn("indicator.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
	}

	@Test
	void thePageListsTheWholeLibraryGroupedByDimension() throws Exception {
		mvc.perform(get("/reference/indicators").cookie(session))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/indicators"))
			.andExpect(content().string(containsString("พบ 84 ตัวชี้วัด")))
			.andExpect(content().string(containsString("id=\"dimension-ENV\"")))
			.andExpect(content().string(containsString("id=\"dimension-GOV\"")))
			.andExpect(content().string(containsString("ยิ่งใกล้ค่าเป้าหมายยิ่งดี")))
			.andExpect(content().string(containsString("role=\"region\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void filteringByDimensionShowsOnlyThatDimension() throws Exception {
		mvc.perform(get("/reference/indicators").param("dimension", "ENV").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("พบ 12 ตัวชี้วัด")))
			.andExpect(content().string(containsString("IND-ENV-01")))
			.andExpect(content().string(not(containsString("IND-ECO-01"))))
			.andExpect(content().string(containsString("value=\"ENV\" selected")))
			.andExpect(content().string(containsString("ยิ่งต่ำยิ่งดี")))
			.andExpect(content().string(containsString("รอยืนยัน")));
	}

	@Test
	void aThaiWordPartFindsThePm25Indicator() throws Exception {
		mvc.perform(get("/reference/indicators").param("q", "ฝุ่น").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IND-ENV-01")))
			.andExpect(content().string(containsString("Fine particulate matter (PM2.5) concentration")))
			.andExpect(content().string(not(containsString("IND-ECO-01"))))
			.andExpect(content().string(containsString("value=\"ฝุ่น\"")));
	}

	@Test
	void aSearchWithoutMatchesSaysSo() throws Exception {
		mvc.perform(get("/reference/indicators").param("q", "ไม่มีตัวชี้วัดนี้").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่พบตัวชี้วัดที่ตรงกับเงื่อนไข")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void thePageSpeaksEnglishToo() throws Exception {
		mvc.perform(get("/reference/indicators").param("dimension", "ENV").cookie(session)
			.cookie(new Cookie("scp-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 indicators")))
			.andExpect(content().string(containsString("Lower is better")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void htmxGetsOnlyTheRowsAndAHistoryRestoreGetsThePage() throws Exception {
		mvc.perform(get("/reference/indicators").param("dimension", "MOB").header("HX-Request", "true").cookie(session))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/partials/indicator-rows"))
			.andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
			.andExpect(content().string(containsString("IND-MOB-01")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("IND-ENV-01"))));
		mvc.perform(get("/reference/indicators").header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true").cookie(session))
			.andExpect(view().name("reference/indicators"));
	}

	@Test
	void theReferencePageLinksToTheLibrary() throws Exception {
		mvc.perform(get("/reference").cookie(session))
			.andExpect(content().string(containsString("href=\"/reference/indicators\"")))
			.andExpect(content().string(containsString("คลังตัวชี้วัด")));
	}

	@Test
	void theApiListsFiltersAndSearchesIndicators() throws Exception {
		mvc.perform(get("/api/v1/reference/indicators").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(84)));
		mvc.perform(get("/api/v1/reference/indicators").param("dimension", "ENE").cookie(session))
			.andExpect(jsonPath("$", hasSize(13)))
			.andExpect(jsonPath("$[*].dimension", everyItem(is("ENE"))));
		mvc.perform(get("/api/v1/reference/indicators").param("q", "ฝุ่น").param("dimension", "ENV").cookie(session))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].code", hasItem("IND-ENV-01")));
	}

	@Test
	void theApiReturnsOneIndicatorOrAProblem() throws Exception {
		mvc.perform(get("/api/v1/reference/indicators/IND-ENV-01").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("IND-ENV-01"))
			.andExpect(jsonPath("$.direction").value("DOWN"))
			.andExpect(jsonPath("$.name.th").value(containsString("PM2.5")))
			.andExpect(jsonPath("$.unit.en").value("µg/m³"));
		mvc.perform(get("/api/v1/reference/indicators/IND-XXX-99").cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/reference/indicators").param("dimension", "NOPE").cookie(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theOtherReferenceListsStillAnswer() throws Exception {
		mvc.perform(get("/api/v1/reference/sdgs").cookie(session)).andExpect(jsonPath("$", hasSize(17)));
		mvc.perform(get("/reference/sdgs").cookie(session)).andExpect(view().name("reference/items"));
	}
}
