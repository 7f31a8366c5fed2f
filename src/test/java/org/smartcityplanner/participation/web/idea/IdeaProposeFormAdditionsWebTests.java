package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.PhotoUpload;
import org.smartcityplanner.participation.domain.idea.TestPhotos;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The propose form's "check similar ideas" step and its photo, and the idea's page with photo, support button and
 * comments: similar ideas of the province listed before anything is stored, a PDF called photo.jpg or a file over
 * 5 MB refused with nothing stored and the text kept, a phone photo stored without its GPS point. TH-63 (Tak) has
 * no process, so ideas are open.
 */
class IdeaProposeFormAdditionsWebTests extends WebTestSupport {

	static final ProvinceCode OPEN = new ProvinceCode("TH-63");

	@Autowired
	IdeaApi ideas;
	@Autowired
	IdeaComments comments;
	@Autowired
	PublicFormGuard guard;

	@Test
	void checkingSimilarIdeasListsThemWithLinksAndStoresNothing() throws Exception {
		long existing = ideas.propose(OPEN, new IdeaDraft("ไฟส่องสว่างถนนหน้าวัดป่ามะม่วง",
				"ถนนหน้าวัดมืดมากตอนกลางคืน", "LIV", "", "", ""), key(), "s:other").idea().id();
		String key = key();

		mvc.perform(form(key, "ขอไฟถนนหน้าวัดป่ามะม่วง", "กลางคืนมืด").param("check", "similar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"similar-list\"")))
			.andExpect(content().string(containsString("/public/TH-63/ideas/" + existing + "\"")))
			.andExpect(content().string(containsString("value=\"ขอไฟถนนหน้าวัดป่ามะม่วง\"")))
			.andExpect(content().string(containsString(key)));

		assertThat(ideas.storedProposal(OPEN, key)).isEmpty();
	}

	@Test
	void aPdfCalledPhotoJpgIsRefusedAndNothingIsStored() throws Exception {
		String key = key();
		MockMultipartFile pdf = new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
				"%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj".getBytes(StandardCharsets.ISO_8859_1));

		mvc.perform(form(key, "สวนหย่อมริมคลอง", "พื้นที่รกร้าง").file(pdf))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"photo-error\"")))
			.andExpect(content().string(containsString("value=\"สวนหย่อมริมคลอง\"")));

		assertThat(ideas.storedProposal(OPEN, key)).isEmpty();
	}

	@Test
	void aPhotoOverFiveMegabytesIsRefusedAndNothingIsStored() throws Exception {
		String key = key();
		byte[] big = Arrays.copyOf(TestPhotos.jpegWithGps(), PhotoUpload.MAX_BYTES + 1);

		mvc.perform(form(key, "ลานกีฬาเอนกประสงค์", "เยาวชนไม่มีที่เล่น")
			.file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", big)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"photo-error\"")));

		assertThat(ideas.storedProposal(OPEN, key)).isEmpty();
	}

	@Test
	void aPhonePhotoIsStoredWithoutItsGpsPointAndShownOnTheIdeasPageWithCommentsAsText() throws Exception {
		String key = key();
		byte[] phone = TestPhotos.jpegWithGps();

		mvc.perform(form(key, "ท่อระบายน้ำอุดตันหน้าตลาด", "น้ำท่วมขังทุกครั้งที่ฝนตก")
			.file(new MockMultipartFile("photo", "IMG_0001.jpg", "image/jpeg", phone)))
			.andExpect(status().isOk());
		long idea = ideas.storedProposal(OPEN, key).orElseThrow().idea().id();
		comments.comment(OPEN, idea, "s:x", "<b>ตัวหนา</b><script>alert(1)</script>", key());

		byte[] served = mvc.perform(get("/public/TH-63/ideas/" + idea + "/photo")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(TestPhotos.indexOf(served, "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
		assertThat(TestPhotos.indexOf(served, TestPhotos.GPS_SECONDS)).isNegative();
		mvc.perform(get("/public/TH-63/ideas/" + idea))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/TH-63/ideas/" + idea + "/photo")))
			.andExpect(content().string(containsString("id=\"support-button\"")))
			.andExpect(content().string(containsString("&lt;b&gt;ตัวหนา&lt;/b&gt;&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	private MockMultipartHttpServletRequestBuilder form(String key, String title, String description) {
		MockMultipartHttpServletRequestBuilder post = multipart("/public/TH-63/ideas");
		post.param("title", title).param("description", description).param("dimension", "LIV").param("area", "")
			.param("latitude", "").param("longitude", "").param("idempotencyKey", key).param("website", "")
			.param("stamp", guard.formStamp(PublicIdeaFormController.FORM, Instant.now().minusSeconds(20)))
			.with(csrf());
		return post;
	}

	private static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}
}
