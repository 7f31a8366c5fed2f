package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * After a paper idea is entered, staff print the author's slip (PDF, Thai or English) with the idea's number and
 * title, what the link is for, its QR code and the public link written out whole on two lines; read back with PDFBox
 * and rendered to PNG under target/idea-slip/. The page and the API refuse an unknown language naming it, an unknown
 * secret as not found, and everyone but the province's coordinators and consultants. Province TH-92 (Trang; the
 * assigned TH-87 is not in the reference data); TH-86 is "another province".
 */
class PaperIdeaSlipWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-92");
	static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]+)\"");

	@Autowired
	ProcessUseCases process;
	@Autowired
	IdeaApi ideas;

	Cookie coordinator;

	@BeforeEach
	void setUp() throws Exception {
		IdeaFixtures.openIdeasAndSurveys(process, OWN);
		coordinator = signedIn("rest-slip-coordinator-92", Role.COORDINATOR, OWN);
	}

	@Test
	void theCoordinatorPrintsTheAuthorsSlipInThaiOrEnglish() throws Exception {
		String title = "ทางม้าลายหน้าโรงเรียนบ้านนาโยง " + UUID.randomUUID().toString().substring(0, 4);
		String page = mvc.perform(post("/p/TH-92/participation/ideas/paper").cookie(coordinator).with(csrf())
			.param("idempotencyKey", UUID.randomUUID().toString()).param("title", title)
			.param("description", "เด็กข้ามถนนลำบากตอนเช้า").param("dimension", "MOB")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"slip-form\"")))
			.andExpect(content().string(containsString("http://localhost:8080/public/TH-92/ideas/mine/")))
			.andReturn().getResponse().getContentAsString();
		Matcher found = SECRET.matcher(page);
		assertThat(found.find()).isTrue();
		String secret = found.group(1);
		long id = jdbc.sql("select id from par_idea where province_code = 'TH-92' and title = ?").param(title)
			.query(Long.class).single();

		String thai = slipText(mvc.perform(slip(secret, "th")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store")).andReturn(), "slip-th");
		assertThat(thai).contains(PdfTestEngine.compact(title), PdfTestEngine.compact("ข้อเสนอเลขที่ " + id),
				PdfTestEngine.compact("จังหวัดตรัง"), PdfTestEngine.compact("ให้คะแนนคำตอบของจังหวัด"),
				"http://localhost:8080/public/TH-92/ideas/mine/" + secret);
		String english = slipText(mvc.perform(slip(secret, "en")).andExpect(status().isOk()).andReturn(), "slip-en");
		assertThat(english).contains("ideano." + id, "Trang", "rate the answer".replace(" ", ""),
				"http://localhost:8080/public/TH-92/ideas/mine/" + secret);

		mvc.perform(slip(secret, "fr")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"slip-error\"")))
			.andExpect(content().string(containsString("(language)")));
		mvc.perform(slip("NoSuchSecretAtAllInThisProvince", "th")).andExpect(status().isNotFound());
		mvc.perform(slip("<script>", "th")).andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/provinces/TH-92/ideas/paper/slips").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"" + secret + "\", \"language\": \"en\"}"))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(post("/api/v1/provinces/TH-92/ideas/paper/slips").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"" + secret + "\", \"language\": \"xx\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
		mvc.perform(post("/api/v1/provinces/TH-92/ideas/paper/slips").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"NoSuchSecretAtAllInThisProvince\"}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("secret"));
	}

	@Test
	void onlyTheProvincesCoordinatorsAndConsultantsPrintSlips() throws Exception {
		String secret = IdeaFixtures.propose(ideas, OWN, "ที่จอดจักรยานตลาดสด", "MOB", null, true).authorSecret();
		Cookie consultant = signedIn("rest-slip-consultant-92", Role.CONSULTANT, OWN);
		Cookie member = signedIn("rest-slip-member-92", Role.WORKING_GROUP, OWN);
		Cookie stranger = signedIn("rest-slip-coordinator-86", Role.COORDINATOR, new ProvinceCode("TH-86"));
		mvc.perform(slip(secret, "th", consultant)).andExpect(status().isOk());
		mvc.perform(slip(secret, "th", member)).andExpect(status().isForbidden());
		mvc.perform(slip(secret, "th", stranger)).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-86/participation/ideas/paper/slip").cookie(stranger).with(csrf()).param("secret", secret))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-92/participation/ideas/paper/slip").with(csrf()).param("secret", secret))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/api/v1/provinces/TH-92/ideas/paper/slips").cookie(member).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"" + secret + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/provinces/TH-92/ideas/paper/slips").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"secret\": \"" + secret + "\"}")).andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder slip(String secret,
			String language) {
		return slip(secret, language, coordinator);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder slip(String secret,
			String language, Cookie who) {
		return post("/p/TH-92/participation/ideas/paper/slip").cookie(who).with(csrf()).param("secret", secret)
			.param("language", language);
	}

	/** The slip's text without spaces and line breaks (rendered to PNG too). */
	private static String slipText(MvcResult result, String name) throws Exception {
		byte[] pdf = result.getResponse().getContentAsByteArray();
		Path dir = Path.of("target", "idea-slip");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".pdf"), pdf);
		PdfTestEngine.pngs(pdf, dir, name, 1, 1);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).as("one page").isEqualTo(1);
			return PdfTestEngine.compact(new PDFTextStripper().getText(doc));
		}
	}
}
