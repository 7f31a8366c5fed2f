package org.smartcityplanner.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Thai numerals asked for over the REST API and on the documents page: the choice is part of the book job (the
 * same request returns the queued job, the other choice makes another), an English document with Thai numerals
 * and an unknown language are refused with a problem naming the reason, and other provinces are refused.
 */
class DocumentsApiWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-15");

	@Autowired
	PlanUseCases plans;

	private String book(Cookie session, long version, String language, boolean thaiNumerals) throws Exception {
		String body = "{\"versionId\":" + version + ",\"language\":\"" + language + "\",\"thaiNumerals\":" + thaiNumerals
				+ "}";
		return mvc.perform(post("/api/v1/provinces/TH-15/documents/book").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aCoordinatorAsksForTheBookWithThaiNumeralsAndTheChoiceIsPartOfTheJob() throws Exception {
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, PROVINCE, "ฉบับเลขไทย");
		Cookie session = signedIn("docs.api.coord15", Role.COORDINATOR, PROVINCE);
		mvc.perform(post("/api/v1/provinces/TH-15/documents/book").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versionId\":" + version.id() + ",\"thaiNumerals\":true}"))
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.thaiNumerals").value(true))
			.andExpect(jsonPath("$.language").value("th"));
		String first = jsonId(book(session, version.id(), "th", true));
		String again = jsonId(book(session, version.id(), "th", true));
		String western = jsonId(book(session, version.id(), "th", false));
		if (!first.equals(again)) {
			// the first job may have finished in between; then the repeat is a new job of the same kind
			assertThat(jobState(first)).isNotIn("QUEUED", "RUNNING");
		}
		assertThat(western).isNotEqualTo(again);
		mvc.perform(get("/api/v1/provinces/TH-15/documents/jobs").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"thaiNumerals\":true")))
			.andExpect(content().string(containsString("\"thaiNumerals\":false")));
	}

	@Test
	void anEnglishDocumentWithThaiNumeralsAnUnknownLanguageAndAnotherProvinceAreRefused() throws Exception {
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, PROVINCE, "ฉบับเลขไทย");
		Cookie session = signedIn("docs.api.coord15b", Role.COORDINATOR, PROVINCE);
		mvc.perform(post("/api/v1/provinces/TH-15/documents/book").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versionId\":" + version.id() + ",\"language\":\"en\",\"thaiNumerals\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("reports.error.thaiNumeralsInEnglish"))
			.andExpect(jsonPath("$.detail").value(containsString("เลขไทย")));
		mvc.perform(get("/api/v1/provinces/TH-15/documents/action-plan.xlsx").cookie(session)
			.param("language", "fr")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reports.error.language"));
		mvc.perform(get("/api/v1/provinces/TH-15/documents/action-plan.xlsx").cookie(session)
			.param("language", "en").param("thaiNumerals", "true")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/provinces/TH-15/documents/book").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"th\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("reports.error.noVersion"));
		// the page: back to the documents page with the reason, nothing made
		mvc.perform(get("/p/TH-15/documents/action-plan.xlsx").cookie(session).param("language", "en")
			.param("thaiNumerals", "true")).andExpect(redirectedUrl("/p/TH-15/documents"))
			.andExpect(flash().attribute("flashError", "reports.error.thaiNumeralsInEnglish"));
		mvc.perform(get("/p/TH-15/documents").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thai-numerals\"")));
		Cookie other = signedIn("docs.api.coord19", Role.COORDINATOR, new ProvinceCode("TH-19"));
		mvc.perform(get("/api/v1/provinces/TH-15/documents/jobs").cookie(other)).andExpect(status().isForbidden());
	}

	private static String jsonId(String json) {
		return json.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	private String jobState(String id) {
		return jdbc.sql("select state from rpt_job where id = ?").param(id).query(String.class).single();
	}
}
