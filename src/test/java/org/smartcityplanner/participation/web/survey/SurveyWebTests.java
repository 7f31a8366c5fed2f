package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The survey pages: the public link answered once however often it is sent, hostile and malformed answers refused
 * with a message (never a 500), paper answers that count like online ones, and who may see and do what. Works in
 * TH-12 (and TH-13 for the outsider); public posts come from addresses of their own (the guard counts by address).
 */
class SurveyWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-12");
	static final ProvinceCode OTHER = new ProvinceCode("TH-13");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PublicFormGuard guard;

	SurveyFixtures fx;

	@BeforeEach
	void survey() {
		fx = SurveyFixtures.published(surveys, profile, OWN, "สำรวจ " + UUID.randomUUID(), false);
	}

	MockHttpServletRequestBuilder answer(String address, String submissionKey, String... fields) {
		MockHttpServletRequestBuilder post = post("/survey/" + fx.survey.publicKey())
			.param("stamp", guard.formStamp(PublicSurveyController.FORM, Instant.now().minusSeconds(20)))
			.param("submissionKey", submissionKey)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			post.param(fields[i], fields[i + 1]);
		}
		return java.util.Arrays.asList(fields).contains("website") ? post : post.param("website", "");
	}

	long responses() {
		return surveys.summary(OWN, fx.survey.id()).responses();
	}

	@Test
	void aCitizenAnswersOnceHoweverOftenTheFormIsSent() throws Exception {
		mvc.perform(get("/survey/" + fx.survey.publicKey())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ใช้รถโดยสารประจำทางหรือไม่")))
			.andExpect(content().string(containsString("name=\"submissionKey\"")));
		String key = UUID.randomUUID().toString();
		String[] answers = { fx.q(0), "1", fx.q(1), "2", fx.q(1), "3", fx.q(2), "4", fx.q(4) + "_1", "2",
				fx.q(4) + "_2", "1", fx.q(4) + "_3", "3", fx.q(5), "๔๕", fx.q(7), String.valueOf(fx.areas.get(0)),
				"sector", "CIVIL_SOCIETY", "area", "other" };
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(answer("10.12.0.1", key, answers))
				.andExpect(redirectedUrl("/survey/" + fx.survey.publicKey() + "/thanks"));
		}
		assertThat(responses()).isEqualTo(1);
		var results = surveys.results(OWN, fx.survey.id(), java.util.Locale.forLanguageTag("th"));
		assertThat(results.questions().get(5).mean()).isEqualByComparingTo("45");
		assertThat(results.questions().get(1).options()).extracting(o -> o.count()).containsExactly(0L, 1L, 1L, 0L);
		mvc.perform(get("/survey/" + fx.survey.publicKey() + "/thanks")).andExpect(status().isOk())
			.andExpect(content().string(containsString("นับเพียงครั้งเดียว")));
	}

	@Test
	void hostileOrMalformedAnswersAreRefusedWithAMessageAndKeepWhatWasTyped() throws Exception {
		String huge = "ก".repeat(10 * 1024 * 1024);
		mvc.perform(answer("10.12.0.2", UUID.randomUUID().toString(), fx.q(0), "1", fx.q(6), huge))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("ยาวได้ไม่เกิน 2,000 ตัวอักษร")));
		mvc.perform(answer("10.12.0.2", UUID.randomUUID().toString(), fx.q(0), "1",
				fx.q(6), "<script>alert(1)</script>", fx.q(5), "สามสิบ"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("ไม่ใส่แท็ก HTML")))
			.andExpect(content().string(containsString("&quot;สามสิบ&quot; ไม่ใช่ตัวเลข")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(answer("10.12.0.2", UUID.randomUUID().toString(), fx.q(0), "9", fx.q(6), "=HYPERLINK(\"x\")",
				fx.q(5), "9999", "sector", "MARTIANS"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("&quot;9&quot; ไม่ใช่ตัวเลือกของข้อนี้")))
			.andExpect(content().string(containsString("ขึ้นต้นด้วยเครื่องหมาย =")))
			.andExpect(content().string(containsString("ระหว่าง 0 ถึง 600")))
			.andExpect(content().string(containsString("ไม่รู้จักภาคส่วน")));
		// the conditional question answered although its condition was not chosen, and the required one left out
		mvc.perform(answer("10.12.0.2", UUID.randomUUID().toString(), fx.q(3), "ไม่สะดวก"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("กรุณาตอบข้อนี้")))
			.andExpect(content().string(containsString("ข้อนี้ถามเฉพาะเมื่อ")))
			.andExpect(content().string(containsString(">ไม่สะดวก</textarea>")));
		mvc.perform(answer("10.12.0.2", "not a key", fx.q(0), "1")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("กรุณากดส่งอีกครั้ง")));
		assertThat(responses()).isZero();
	}

	@Test
	void aBodyFarLargerThanAnyRealAnswerIsRefusedBeforeItIsRead() throws Exception {
		String body = "submissionKey=" + UUID.randomUUID() + "&" + fx.q(6) + "=" + "x".repeat(3 * 1024 * 1024);
		mvc.perform(post("/survey/" + fx.survey.publicKey()).contentType("application/x-www-form-urlencoded")
			.content(body).with(csrf())).andExpect(status().is(413))
			.andExpect(content().string(containsString("ยาวเกินกว่าที่แบบสำรวจรับได้")));
		assertThat(responses()).isZero();
	}

	@Test
	void botsAndAClosedSurveyStoreNothing() throws Exception {
		mvc.perform(answer("10.12.0.3", UUID.randomUUID().toString(), fx.q(0), "1", "website", "http://spam"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ไม่สามารถรับคำตอบนี้ได้")));
		mvc.perform(post("/survey/" + fx.survey.publicKey()).param("submissionKey", UUID.randomUUID().toString())
			.param("stamp", guard.formStamp(PublicSurveyController.FORM, Instant.now())).param(fx.q(0), "1")
			.with(csrf()).with(r -> { r.setRemoteAddr("10.12.0.3"); return r; }))
			.andExpect(content().string(containsString("ส่งเร็วเกินไป")));
		surveys.close(OWN, fx.survey.id(), surveys.survey(OWN, fx.survey.id()).version());
		mvc.perform(answer("10.12.0.3", UUID.randomUUID().toString(), fx.q(0), "1")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("ปิดรับคำตอบแล้ว")));
		mvc.perform(get("/survey/no-such-survey-key")).andExpect(status().isNotFound());
		assertThat(responses()).isZero();
	}

	@Test
	void paperAnswersCountLikeOnlineOnesAndTheResultsAndExportsShowThem() throws Exception {
		Cookie coordinator = signedIn("survey.coordinator", Role.COORDINATOR, OWN);
		String base = "/p/TH-12/participation/surveys/" + fx.survey.id();
		mvc.perform(get(base + "/paper").cookie(coordinator)).andExpect(status().isOk());
		mvc.perform(post(base + "/paper").cookie(coordinator).with(csrf()).param("submissionKey", UUID.randomUUID().toString())
			.param(fx.q(0), "3").param(fx.q(3), "+ป้ายรถเมล์ไกล").param(fx.q(6), "@ลองสูตร").param("sector", "ACADEMIA"))
			.andExpect(redirectedUrl(base + "/paper"));
		mvc.perform(answer("10.12.0.4", UUID.randomUUID().toString(), fx.q(0), "3", "sector", "ACADEMIA"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/results").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("นับแล้ว 2 คำตอบ (ออนไลน์ 1, กระดาษ 1)")));
		mvc.perform(get(base + "/results").param("crossTab", String.valueOf(fx.questions.get(0))).param("by", "SECTOR")
			.cookie(coordinator)).andExpect(status().isOk()).andExpect(content().string(containsString("2 (100%)")));
		String csv = mvc.perform(get(base + "/export.csv").cookie(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'+ป้ายรถเมล์ไกล", "'@ลองสูตร", "กระดาษ").doesNotContain(",+ป้าย");
		mvc.perform(get(base + "/export.xlsx").cookie(coordinator)).andExpect(status().isOk());
	}

	@Test
	void theWorkingGroupSeesResultsButChangesNothingAndOtherProvincesSeeNothing() throws Exception {
		String base = "/p/TH-12/participation/surveys/" + fx.survey.id();
		Cookie member = signedIn("survey.member", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-12/participation/surveys").cookie(member)).andExpect(status().isOk());
		mvc.perform(get(base + "/results").cookie(member)).andExpect(status().isOk());
		mvc.perform(get(base + "/export.csv").cookie(member)).andExpect(status().isForbidden());
		mvc.perform(get(base + "/paper").cookie(member)).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-12/participation/surveys").param("title", "x").cookie(member).with(csrf()))
			.andExpect(status().isForbidden());

		Cookie outsider = signedIn("survey.outsider", Role.COORDINATOR, OTHER);
		mvc.perform(get(base + "/results").cookie(outsider)).andExpect(status().isForbidden());
		// the same survey id through the outsider's own province is not there
		mvc.perform(get("/p/TH-13/participation/surveys/" + fx.survey.id() + "/results").cookie(outsider))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-13/participation/surveys/" + fx.survey.id() + "/paper").cookie(outsider).with(csrf())
			.param("submissionKey", UUID.randomUUID().toString()).param(fx.q(0), "1")).andExpect(status().isNotFound());
		assertThat(responses()).isZero();
	}
}
