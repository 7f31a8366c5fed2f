package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.PhotoUpload;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.participation.internal.idea.IdeaPhotos;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public's supports and comments on idea pages and over the public API, photos served, and moderators hiding a
 * comment: one support per participant however often sent, hostile text kept as text, a replayed comment stored
 * once, a closed phase and a hidden idea refused, another province's staff kept out. TH-63 (Tak) has no process,
 * so ideas are open, and so has TH-61 (Uthai Thani); TH-64 (Sukhothai) closes them once its idea exists.
 */
class IdeaSocialWebTests extends WebTestSupport {

	static final ProvinceCode OPEN = new ProvinceCode("TH-63");
	static final ProvinceCode CLOSING = new ProvinceCode("TH-64");
	static final ProvinceCode ELSEWHERE = new ProvinceCode("TH-61");
	static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> =cmd|' /C calc'!A0";

	@Autowired
	IdeaApi ideas;
	@Autowired
	IdeaComments comments;
	@Autowired
	IdeaPhotos photos;
	@Autowired
	ProcessUseCases process;
	@Autowired
	PublicFormGuard guard;

	@Test
	void aParticipantSupportsOnceHoweverOftenTheButtonIsPressed() throws Exception {
		long idea = propose(OPEN, "ลานจอดรถจักรยานหน้าสถานีขนส่ง");

		// sessions live in the database (Spring Session): the phone is its session cookie
		Cookie phone = mvc.perform(post(path(idea) + "/support").with(csrf()))
			.andExpect(redirectedUrl(path(idea)))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.support.stored"))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post(path(idea) + "/support").cookie(phone).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.support.already"));
		assertThat(ideas.find(OPEN, idea).orElseThrow().supports()).isEqualTo(1);

		mvc.perform(post(path(idea) + "/support").with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.support.stored"));
		assertThat(ideas.find(OPEN, idea).orElseThrow().supports()).isEqualTo(2);
	}

	@Test
	void aSupportWithoutTheFormsCsrfTokenIsRefusedAndNotCounted() throws Exception {
		long idea = propose(OPEN, "ศูนย์เด็กเล็กในชุมชน");

		mvc.perform(post(path(idea) + "/support")).andExpect(status().isForbidden());

		assertThat(ideas.find(OPEN, idea).orElseThrow().supports()).isZero();
	}

	@Test
	void aClosedPhaseRefusesSupportsAndCommentsWithAClearMessage() throws Exception {
		long idea = propose(CLOSING, "ตลาดนัดสินค้าเกษตรชุมชน");
		closeIdeas(CLOSING);
		String key = UUID.randomUUID().toString();

		mvc.perform(post("/public/" + CLOSING.value() + "/ideas/" + idea + "/support").with(csrf()))
			.andExpect(flash().attribute("flashError", "participation.idea.social.closed"));
		mvc.perform(comment(CLOSING, idea, "เห็นด้วย", key))
			.andExpect(flash().attribute("flashError", "participation.idea.social.closed"))
			.andExpect(flash().attribute("commentTyped", "เห็นด้วย"))
			.andExpect(flash().attribute("commentKey", key));
		mvc.perform(post("/api/v1/public/" + CLOSING.value() + "/ideas/" + idea + "/support")
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("participation.idea.social.closed"))
			.andExpect(jsonPath("$.detail").value(containsString("Nothing was saved")));

		assertThat(ideas.find(CLOSING, idea).orElseThrow().supports()).isZero();
		assertThat(comments.all(CLOSING, idea)).isEmpty();
	}

	@Test
	void aHiddenIdeaTakesNoSupportOrCommentAndItsPhotoIsNotServed() throws Exception {
		long idea = propose(OPEN, "ป้ายหาเสียงเก่าริมถนน");
		photos.attach(OPEN, idea, photo());
		jdbc.sql("update par_idea set status = 'HIDDEN', hidden_reason = 'ข้อมูลส่วนบุคคล' where id = ?").param(idea)
			.update();

		mvc.perform(post(path(idea) + "/support").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(comment(OPEN, idea, "ดี", UUID.randomUUID().toString())).andExpect(status().isNotFound());
		mvc.perform(get(path(idea) + "/photo")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1" + path(idea) + "/support")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1" + path(idea) + "/comments")).andExpect(status().isNotFound());
		assertThat(comments.all(OPEN, idea)).isEmpty();
	}

	@Test
	void nonsenseIdsAndProvinceCodesAnswerNotFoundNeverAnError() throws Exception {
		mvc.perform(post("/public/TH-63/ideas/abc/support").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/public/XX-99/ideas/1/support").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-63/ideas/99999999999999999999/photo")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/TH-63/ideas/1e5/comments")).andExpect(status().isNotFound());
	}

	@Test
	void aHostileCommentIsKeptAsTextAndAReplayedFormStoresItOnce() throws Exception {
		long idea = propose(OPEN, "ทางลาดสำหรับรถเข็นที่ที่ว่าการอำเภอ");
		String key = UUID.randomUUID().toString();

		mvc.perform(comment(OPEN, idea, HOSTILE, key))
			.andExpect(redirectedUrl(path(idea) + "#comments"))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.comment.stored"));
		mvc.perform(comment(OPEN, idea, HOSTILE, key))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.comment.stored"));

		assertThat(comments.published(OPEN, idea)).singleElement()
			.satisfies(c -> assertThat(c.body()).isEqualTo(HOSTILE));
		mvc.perform(get("/api/v1" + path(idea) + "/comments"))
			.andExpect(jsonPath("$[0].body").value(HOSTILE));
	}

	@Test
	void aRefusedCommentComesBackWithItsTextAndTheProblemNamingTheField() throws Exception {
		long idea = propose(OPEN, "หอกระจายข่าวหมู่บ้าน");
		String tooLong = "ข".repeat(2001);

		mvc.perform(comment(OPEN, idea, tooLong, UUID.randomUUID().toString()))
			.andExpect(flash().attribute("commentTyped", tooLong))
			.andExpect(flash().attribute("commentErrors",
					org.hamcrest.Matchers.hasEntry(org.hamcrest.Matchers.equalTo("body"),
							hasItem(containsString("2,000")))));
		mvc.perform(comment(OPEN, idea, "สวัสดี", UUID.randomUUID().toString()).param("website", "http://spam"))
			.andExpect(flash().attribute("flashError", "participation.idea.comment.refused"));
		mvc.perform(post(path(idea) + "/comments").with(csrf()).param("body", "เร็วเกินไป")
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("stamp", guard.formStamp(IdeaSocialModel.COMMENT_FORM, Instant.now())).param("website", ""))
			.andExpect(flash().attribute("flashError", "participation.idea.comment.tooFast"));

		assertThat(comments.all(OPEN, idea)).isEmpty();
	}

	@Test
	void theApiTakesOneSupportPerSessionAndCommentsWithTheFormsStampAndKey() throws Exception {
		long idea = propose(OPEN, "จุดบริการน้ำดื่มสะอาดในสวนสาธารณะ");
		Cookie script = mvc.perform(post("/api/v1" + path(idea) + "/support"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("STORED"))
			.andExpect(jsonPath("$.supports").value(1))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/api/v1" + path(idea) + "/support").cookie(script))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_STORED"))
			.andExpect(jsonPath("$.supports").value(1));

		mvc.perform(get("/api/v1" + path(idea) + "/comment-form")).andExpect(status().isOk())
			.andExpect(jsonPath("$.stamp").isNotEmpty()).andExpect(jsonPath("$.idempotencyKey").isNotEmpty());
		String stamp = guard.formStamp(IdeaSocialModel.COMMENT_FORM, Instant.now().minusSeconds(20));
		String key = UUID.randomUUID().toString();
		String json = "{\"body\": " + quoted(HOSTILE) + ", \"idempotencyKey\": \"" + key + "\", \"stamp\": \"" + stamp
				+ "\"}";
		mvc.perform(post("/api/v1" + path(idea) + "/comments").cookie(script).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1" + path(idea) + "/comments").cookie(script).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_STORED"));
		mvc.perform(post("/api/v1" + path(idea) + "/comments").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "th")
			.content("{\"body\": \"" + "ค".repeat(2001) + "\", \"idempotencyKey\": \"" + UUID.randomUUID()
					+ "\", \"stamp\": \"" + stamp + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2,000")));

		assertThat(comments.published(OPEN, idea)).hasSize(1);
	}

	@Test
	void aPhotoIsServedAsTheImageItIsWithNosniff() throws Exception {
		long idea = propose(OPEN, "ซ่อมสะพานไม้ข้ามคลอง");
		PhotoUpload.Photo photo = photo();
		photos.attach(OPEN, idea, photo);

		byte[] served = mvc.perform(get(path(idea) + "/photo"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(photo.bytes());
		mvc.perform(get("/public/" + CLOSING.value() + "/ideas/" + idea + "/photo")).andExpect(status().isNotFound());
	}

	@Test
	void theProvinceTeamHidesACommentWithAReasonTheWorkingGroupOnlyLooksOtherProvincesNeither() throws Exception {
		long idea = propose(OPEN, "รถรับส่งนักเรียนในตำบล");
		comments.comment(OPEN, idea, "s:a", "ขายยาลดความอ้วน โทร 08x", UUID.randomUUID().toString());
		long spam = comments.all(OPEN, idea).get(0).id();
		String page = "/p/" + OPEN.value() + "/participation/ideas/" + idea + "/comments";
		Cookie coordinator = signedIn("social-coord-63", Role.COORDINATOR, OPEN);
		Cookie member = signedIn("social-member-63", Role.WORKING_GROUP, OPEN);
		Cookie stranger = signedIn("social-coord-64", Role.COORDINATOR, CLOSING);

		mvc.perform(get(page).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขายยาลดความอ้วน")));
		mvc.perform(post(page + "/" + spam + "/hide").cookie(member).with(csrf()).param("reason", "โฆษณา"))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(post(page + "/" + spam + "/hide").cookie(stranger).with(csrf()).param("reason", "โฆษณา"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/" + spam + "/hide").cookie(coordinator).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("hideCommentId", spam));
		assertThat(comments.published(OPEN, idea)).hasSize(1);

		mvc.perform(post(page + "/" + spam + "/hide").cookie(coordinator).with(csrf()).param("reason", "โฆษณาขายสินค้า"))
			.andExpect(flash().attribute("flashSuccess", "participation.idea.comment.hidden"));

		assertThat(comments.published(OPEN, idea)).isEmpty();
		assertThat(jdbc.sql("select actor from aud_entry where entity_type = 'idea-comment' and entity_id = ?")
			.param(String.valueOf(spam)).query(String.class).list()).containsExactly("social-coord-63");
		mvc.perform(get(page).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("โฆษณาขายสินค้า")));
		// an id of another province's idea in this province's path: not found
		long elsewhere = propose(ELSEWHERE, "ห้องน้ำสาธารณะที่ตลาด");
		mvc.perform(get("/p/" + OPEN.value() + "/participation/ideas/" + elsewhere + "/comments").cookie(coordinator))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder comment(ProvinceCode province, long idea, String body, String key) {
		return post("/public/" + province.value() + "/ideas/" + idea + "/comments").with(csrf()).param("body", body)
			.param("idempotencyKey", key)
			.param("stamp", guard.formStamp(IdeaSocialModel.COMMENT_FORM, Instant.now().minusSeconds(20)))
			.param("website", "");
	}

	private static String path(long idea) {
		return "/public/" + OPEN.value() + "/ideas/" + idea;
	}

	private long propose(ProvinceCode province, String title) {
		return ideas.propose(province, new IdeaDraft(title, "รายละเอียดของ" + title, "LIV", "", "", ""),
				UUID.randomUUID().toString().replace("-", ""), "s:author").idea().id();
	}

	private void closeIdeas(ProvinceCode province) {
		if (process.process(province).defined()) {
			return;
		}
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		process.save(province, 0, List.of(new Phase(PhaseKind.LISTEN, today.minusDays(3), today.plusDays(30),
				Set.of("surveys")), new Phase(PhaseKind.IDEAS, null, null, Set.of()),
				new Phase(PhaseKind.PRIORITISE, null, null, Set.of()), new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
	}

	static PhotoUpload.Photo photo() throws IOException {
		BufferedImage image = new BufferedImage(12, 9, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return PhotoUpload.accept(out.toByteArray()).photo();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
