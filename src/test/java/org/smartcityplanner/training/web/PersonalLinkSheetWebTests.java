package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The cohort's personal links for a whole cohort at once: imported trainees get theirs on a printable sheet or a
 * CSV list (links are secrets, shown only when issued; issuing again ends the old ones), on the page and the API.
 */
class PersonalLinkSheetWebTests extends WebTestSupport {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s,\"]+/t/([A-Za-z0-9_-]{16,})");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;

	TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
	}

	@Test
	void importedTraineesGetTheirLinksOnACsvListThatIsFormulaSafeAndTheirLinksOpenTheirPages() throws Exception {
		ProvinceCode krabi = new ProvinceCode("TH-81");
		Cohort cohort = fixtures.cohort(krabi, "รุ่นใบลิงก์ CSV");
		String selfRegistered = fixtures.register(cohort, 1);
		Cookie coordinator = signedIn("links.coordinator", Role.COORDINATOR, krabi);
		String file = "full_name,organisation,sector,phone,email\n"
				+ "วาสนา ลิงก์หนึ่ง,=HYPERLINK(\"http://evil.example\"),GOVERNMENT,081-000-0001,\n"
				+ "ประเสริฐ ลิงก์สอง,เทศบาลนครกระบี่,LOCAL_GOVERNMENT,081-000-0002,\n";
		mvc.perform(multipart("/p/TH-81/training/" + cohort.id() + "/import")
			.file(new MockMultipartFile("file", "trainees.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.cookie(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ผู้เข้าอบรมที่ยังไม่เคยได้รับลิงก์ (เช่น นำเข้าจากไฟล์): 2 คน")))
			.andExpect(content().string(containsString("/p/TH-81/training/" + cohort.id() + "/personal-links")));

		byte[] csv = mvc.perform(post("/p/TH-81/training/" + cohort.id() + "/personal-links").cookie(coordinator)
			.with(csrf()).param("scope", "new").param("format", "csv")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(3);
		assertThat(text).contains("วาสนา ลิงก์หนึ่ง", "ประเสริฐ ลิงก์สอง", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
			.doesNotContain(TrainingFixtures.person(1).fullName());
		assertThat(secrets(text)).hasSize(2);
		// each line's link opens the page of the trainee named on it
		for (String line : text.lines().skip(1).toList()) {
			String name = line.split(",")[1];
			mvc.perform(get("/t/" + secrets(line).get(0))).andExpect(status().isOk())
				.andExpect(content().string(containsString(name)));
		}

		// nobody is left without a link; the self-registered trainee's link still works
		mvc.perform(get("/p/TH-81/training/" + cohort.id()).cookie(coordinator))
			.andExpect(content().string(containsString("(เช่น นำเข้าจากไฟล์): 0 คน")));
		mvc.perform(get("/t/" + selfRegistered)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'training-personal-links' "
				+ "and entity_id = ? and action = 'links-issued'").param(String.valueOf(cohort.id()))
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aSheetForEveryoneIsAPrintableDocumentWithAQrCodePerTraineeAndEndsTheOldLinks() throws Exception {
		ProvinceCode krabi = new ProvinceCode("TH-81");
		Cohort cohort = fixtures.cohort(krabi, "รุ่นใบลิงก์พิมพ์");
		String first = fixtures.register(cohort, 2);
		fixtures.register(cohort, 3);
		Cookie coordinator = signedIn("links.printer", Role.COORDINATOR, krabi);

		byte[] docx = mvc.perform(post("/p/TH-81/training/" + cohort.id() + "/personal-links").cookie(coordinator)
			.with(csrf()).param("scope", "all").param("format", "docx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains(cohort.name(), TrainingFixtures.person(2).fullName(),
					TrainingFixtures.person(3).fullName(), "ตัดตามเส้นนี้", "ลิงก์เป็นความลับ");
			assertThat(secrets(text)).hasSize(2).allSatisfy(secret ->
					assertThat(registrations.traineeByToken(secret)).isPresent());
			assertThat(doc.getAllPictures()).hasSize(2);
		}
		// the links handed out before stop working: the page says so instead of offering sign-in
		mvc.perform(get("/t/" + first)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ลิงก์ส่วนตัวนี้ใช้ไม่ได้แล้ว")));
	}

	@Test
	void theApiCountsIssuesAndRefusesBadInputOtherProvincesAndOtherRoles() throws Exception {
		ProvinceCode krabi = new ProvinceCode("TH-81");
		Cohort cohort = fixtures.cohort(krabi, "รุ่นใบลิงก์ API");
		Cookie coordinator = signedIn("links.api", Role.COORDINATOR, krabi);
		String api = "/api/v1/provinces/TH-81/training/cohorts/" + cohort.id() + "/personal-links";
		fixtures.register(cohort, 4);
		// as if imported: the trainee never had the link in hand
		jdbc.sql("update trn_trainee set link_handed_out_at = null where cohort_id = ?").param(cohort.id()).update();

		mvc.perform(get(api).cookie(coordinator)).andExpect(status().isOk()).andExpect(jsonPath("$.notHandedOut").value(1));
		mvc.perform(post(api).cookie(coordinator).with(csrf()).param("format", "xls")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("format")));
		mvc.perform(post(api).cookie(coordinator).with(csrf()).param("scope", "some").param("format", "csv"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("scope")));
		mvc.perform(get(api).cookie(coordinator)).andExpect(jsonPath("$.notHandedOut").value(1));
		String csv = mvc.perform(post(api).cookie(coordinator).with(csrf()).param("format", "csv"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(secrets(csv)).hasSize(1);
		mvc.perform(get(api).cookie(coordinator)).andExpect(jsonPath("$.notHandedOut").value(0));

		Cookie elsewhere = signedIn("links.elsewhere", Role.COORDINATOR, new ProvinceCode("TH-82"));
		mvc.perform(post(api).cookie(elsewhere).with(csrf()).param("format", "csv")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/provinces/TH-82/training/cohorts/" + cohort.id() + "/personal-links")
			.cookie(elsewhere).with(csrf()).param("format", "csv")).andExpect(status().isNotFound());
		Cookie member = signedIn("links.member", Role.WORKING_GROUP, krabi);
		mvc.perform(post(api).cookie(member).with(csrf()).param("format", "csv")).andExpect(status().isForbidden());
	}

	private static List<String> secrets(String text) {
		Matcher link = LINK.matcher(text);
		java.util.ArrayList<String> found = new java.util.ArrayList<>();
		while (link.find()) {
			found.add(link.group(1));
		}
		return found;
	}
}
