package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public idea pages without an account: propose (idempotent, guarded, hostile text refused and shown as
 * text, a closed phase refused), the thank-you page's personal link, the list with its filters (hidden ideas
 * never), the idea's page with its history, and the portal's link. TH-91 takes ideas; TH-80 does not.
 */
class PublicIdeaWebTests extends WebTestSupport {

	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	IdeaApi ideas;
	@Autowired
	PublicFormGuard guard;

	long area;

	@BeforeEach
	void provinces() {
		area = IdeaFixtures.open(process, profile);
		IdeaFixtures.closed(process);
	}

	MockHttpServletRequestBuilder propose(String code, String address, String key, String... fields) {
		MockHttpServletRequestBuilder post = post("/public/" + code + "/ideas")
			.param("stamp", guard.formStamp(PublicIdeaFormController.FORM, Instant.now().minusSeconds(20)))
			.param("idempotencyKey", key).with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			post.param(fields[i], fields[i + 1]);
		}
		return java.util.Arrays.asList(fields).contains("website") ? post : post.param("website", "");
	}

	long stored(String key) {
		return jdbc.sql("select count(*) from par_idea where idempotency_key = ?").param(key).query(Long.class).single();
	}

	@Test
	void aCitizenProposesOnceEvenWhenTheFormIsSentTwiceAndGetsTheSameLinkBothTimes() throws Exception {
		mvc.perform(get("/public/TH-91/ideas/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")))
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("เทศบาลเมืองสตูล")))
			.andExpect(content().string(containsString("สิ่งแวดล้อมอัจฉริยะ")));
		String key = UUID.randomUUID().toString();
		String title = "ทางเดินริมคลอง " + key.substring(0, 6);
		String[] fields = { "title", title, "description", "ทำทางเดินและไฟส่องสว่างริมคลองมำบัง", "dimension", "LIV",
				"area", String.valueOf(area), "latitude", "6.6238", "longitude", "100.0674" };
		String first = mvc.perform(propose("TH-91", "10.91.0.1", key, fields)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("ขอบคุณสำหรับข้อเสนอ")))
			.andReturn().getResponse().getContentAsString();
		String link = personalLink(first);
		// a double tap: the same key again, also from the same address at once
		String second = mvc.perform(propose("TH-91", "10.91.0.1", key, fields)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(personalLink(second)).isEqualTo(link);
		assertThat(stored(key)).isEqualTo(1);
		String secret = link.substring(link.lastIndexOf('/') + 1);
		IdeaView idea = ideas.findByAuthorSecret(IdeaFixtures.OPEN, secret).orElseThrow();
		assertThat(idea.title()).isEqualTo(title);
		assertThat(jdbc.sql("select count(*) from par_idea where author_secret_hash = ?").param(secret)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select participant_key from par_idea where id = ?").param(idea.id()).query(String.class)
			.single()).startsWith("session:");

		mvc.perform(get("/public/TH-91/ideas")).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/public/TH-91/ideas/" + idea.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("ทำทางเดินและไฟส่องสว่างริมคลองมำบัง")))
			.andExpect(content().string(containsString("เสนอข้อเสนอ")))
			.andExpect(content().string(containsString("ละติจูด 6.623800 ลองจิจูด 100.067400")))
			.andExpect(content().string(not(containsString("session:"))));
		mvc.perform(get("/public/TH-91/ideas/" + idea.id()).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("History of the idea")));
	}

	@Test
	void hostileTextIsRefusedNamingTheFieldAndShownBackOnlyAsText() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(propose("TH-91", "10.91.0.2", key, "title", "<script>alert('x')</script>", "description",
				"=HYPERLINK(\"http://evil\")", "dimension", "ENV")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("กรุณาพิมพ์เป็นข้อความธรรมดา")))
			.andExpect(content().string(containsString("ขึ้นต้นด้วยเครื่องหมาย =")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		mvc.perform(propose("TH-91", "10.91.0.2", key, "title", "x".repeat(1_000_000), "description", "d",
				"dimension", "ENV")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("ไม่เกิน 150 ตัวอักษร")));
		// 200,000 Thai characters are 1.8 MB as form fields: refused before anything reads them
		mvc.perform(post("/public/TH-91/ideas").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("idempotencyKey=" + key + "&dimension=ENV&description=d&title="
					+ java.net.URLEncoder.encode("ก".repeat(200_000), java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("ข้อเสนอยาวเกินไป")));
		mvc.perform(propose("TH-91", "10.91.0.2", key, "title", "t", "description", "d", "dimension", "'; drop table",
				"area", "-1e99", "latitude", "NaN", "longitude", "∞")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("ไม่ใช่ด้านเมืองอัจฉริยะ")));
		assertThat(stored(key)).isZero();
		mvc.perform(propose("TH-91", "10.91.0.2", "<bad key>", "title", "t", "description", "d", "dimension", "ENV"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("เปิดแบบฟอร์มใหม่")));
	}

	@Test
	void botsAndHastySendersAreRefusedAndNothingIsStored() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(propose("TH-91", "10.91.0.3", key, "title", "t", "description", "d", "dimension", "ENV", "website",
				"http://spam.example")).andExpect(content().string(containsString("ไม่สามารถรับข้อเสนอนี้ได้")));
		mvc.perform(post("/public/TH-91/ideas").with(csrf()).param("idempotencyKey", key).param("title", "t")
			.param("description", "d").param("dimension", "ENV").param("website", "")
			.param("stamp", guard.formStamp(PublicIdeaFormController.FORM, Instant.now())))
			.andExpect(content().string(containsString("ส่งเร็วเกินไป")));
		assertThat(stored(key)).isZero();
		mvc.perform(post("/public/TH-91/ideas").param("idempotencyKey", key).param("title", "t"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClosedPhaseSaysSoAndStoresNothing() throws Exception {
		mvc.perform(get("/public/TH-80/ideas/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขณะนี้ยังไม่เปิดรับข้อเสนอ")))
			.andExpect(content().string(not(containsString("id=\"idea-form\""))));
		String key = UUID.randomUUID().toString();
		mvc.perform(propose("TH-80", "10.80.0.1", key, "title", "ท่าเรือ", "description", "ปรับปรุง", "dimension",
				"MOB")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("ข้อเสนอที่ส่งมาตอนนี้ไม่ได้บันทึก")));
		assertThat(stored(key)).isZero();
		mvc.perform(get("/public/TH-80/ideas")).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่เปิดรับข้อเสนอใหม่")))
			.andExpect(content().string(not(containsString("/public/TH-80/ideas/new"))));
		mvc.perform(get("/public/XX-99/ideas")).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-91/ideas/abc")).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-91/ideas/99999999999999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersAndNeverShowsHiddenIdeasOrUnknownFilters() throws Exception {
		String marker = "ซ่อน" + UUID.randomUUID().toString().substring(0, 6);
		IdeaView hidden = ideas.propose(IdeaFixtures.OPEN, new org.smartcityplanner.participation.domain.idea.IdeaDraft(
				marker, "โฆษณาขายของ", "ECO", "", "", ""), IdeaFixtures.key(), "s:t").idea();
		ideas.hide(IdeaFixtures.OPEN, hidden.id(), hidden.version(), "โฆษณา");
		String shown = "แสดง" + UUID.randomUUID().toString().substring(0, 6);
		ideas.propose(IdeaFixtures.OPEN, new org.smartcityplanner.participation.domain.idea.IdeaDraft(shown,
				"จุดคัดแยกขยะ", "ENV", String.valueOf(area), "", ""), IdeaFixtures.key(), "s:t");
		mvc.perform(get("/public/TH-91/ideas")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/public/TH-91/ideas/" + hidden.id())).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-91/ideas").param("dimension", "ENV").param("area", String.valueOf(area))
			.param("status", "PUBLISHED")).andExpect(status().isOk()).andExpect(content().string(containsString(shown)));
		mvc.perform(get("/public/TH-91/ideas").param("dimension", "ECO")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(shown))));
		mvc.perform(get("/public/TH-91/ideas").param("status", "HIDDEN")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ไม่ใช่สถานะที่เลือกดูได้")))
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/public/TH-91/ideas").param("area", "x'--").param("page", "-5"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/public/TH-91")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/TH-91/ideas/new")))
			.andExpect(content().string(containsString("ดูข้อเสนอทั้งหมดและผลการพิจารณา")));
	}

	static String personalLink(String page) {
		Matcher m = Pattern.compile("id=\"personal-link\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).as("the personal link on the page").isTrue();
		assertThat(m.group(1)).contains("/public/TH-91/ideas/mine/");
		return m.group(1);
	}
}
