package org.smartcityplanner.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

/**
 * The certificate's issuer and signer, set through the API and the cohort page, and the certificate PDF read back:
 * agency, signer's name and position, "ให้ไว้ ณ วันที่" the cohort's last day (not the download day), and the
 * verification address built from {@code scp.public-base-url} even when the request came through another host.
 */
class CertificateSignerWebTests extends WebTestSupport {

	private static final ProvinceCode CHAINAT = new ProvinceCode("TH-18");
	private static final String SIGNER_JSON = """
			{"issuingAgency": "สำนักงานจังหวัดชัยนาท", "signerName": "นางสาวกานดา ทดลองลงนาม",
			 "signerPosition": "ผู้อำนวยการศูนย์พัฒนาเมืองอัจฉริยะ"}""";

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	DocumentsApi documents;
	@Value("${scp.public-base-url}")
	String publicBaseUrl;

	@Test
	void theCertificateNamesAgencyAndSignerIsGivenOnTheCompletionDateAndLinksToTheConfiguredAddress()
			throws Exception {
		if (!documents.pdfEngine().available()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("PDF engine missing on CI: " + documents.pdfEngine().problem());
			}
			Assumptions.abort("PDF engine missing: " + documents.pdfEngine().problem());
		}
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(CHAINAT, "รุ่นที่ 4/2570 ลงนามวุฒิบัตร");
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 2);
		fixtures.heldFrom(cohort, "2026-11-01", "2026-11-30");
		mvc.perform(post(attendance.checkInPath(CHAINAT, session)).cookie(new Cookie("scp_trainee", token)).with(csrf()))
			.andExpect(status().isOk());
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 12, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		Cookie coordinator = signedIn("signer.coordinator", Role.COORDINATOR, CHAINAT);
		mvc.perform(put(signerApi(cohort)).cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(SIGNER_JSON)).andExpect(status().isOk())
			.andExpect(jsonPath("$.signerName").value("นางสาวกานดา ทดลองลงนาม"));

		// downloaded through an internal host name: the certificate must still print the public address
		byte[] pdf = mvc.perform(get("/t/" + token + "/certificate.pdf").with(request -> {
			request.setServerName("intranet.chainat.internal");
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String code = jdbc.sql("select code from trn_certificate where cohort_id = ?").param(cohort.id())
			.query(String.class).single();

		Files.createDirectories(TrainingDocumentsWebTests.OUT);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			String text = loose(new PDFTextStripper().getText(doc));
			assertThat(text).contains(loose("สำนักงานจังหวัดชัยนาท"), loose("(นางสาวกานดา ทดลองลงนาม)"),
					loose("ผู้อำนวยการศูนย์พัฒนาเมืองอัจฉริยะ"), loose("ให้ไว้ ณ วันที่ 30 พฤศจิกายน 2569"),
					publicBaseUrl + "/verify?code=" + code);
			assertThat(text).doesNotContain("intranet.chainat.internal");
			ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png",
					TrainingDocumentsWebTests.OUT.resolve("certificate-signed.png").toFile());
		}
	}

	@Test
	void theApiRefusesAMissingSignerNamingTheFieldInTheCallersLanguageAndSavesNothing() throws Exception {
		Cohort cohort = new TrainingFixtures(cohorts, registrations, jdbc).cohort(CHAINAT, "รุ่นที่ 5/2570 ผู้ลงนามว่าง");
		Cookie coordinator = signedIn("signer.checker", Role.COORDINATOR, CHAINAT);
		String noName = SIGNER_JSON.replace("นางสาวกานดา ทดลองลงนาม", " ");

		mvc.perform(put(signerApi(cohort)).cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(noName)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("ช่อง ชื่อ-นามสกุลผู้ลงนาม: กรุณากรอกช่องนี้"));
		mvc.perform(put(signerApi(cohort)).cookie(coordinator).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(noName)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Field Signing official's full name: Please fill in this field"));
		mvc.perform(get(signerApi(cohort)).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.issuingAgency").value(""));
	}

	@Test
	void aCohortOfAnotherProvinceIsNotFoundAndKeepsItsSigner() throws Exception {
		Cohort elsewhere = new TrainingFixtures(cohorts, registrations, jdbc).cohort(new ProvinceCode("TH-61"),
				"รุ่นที่ 6/2570 จังหวัดอื่น");
		Cookie coordinator = signedIn("signer.outsider", Role.COORDINATOR, CHAINAT);

		mvc.perform(put("/api/v1/provinces/TH-18/training/cohorts/" + elsewhere.id() + "/certificate-signer")
			.cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(SIGNER_JSON))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-18/training/" + elsewhere.id() + "/signer").cookie(coordinator).with(csrf())
			.param("issuingAgency", "ก").param("signerName", "ข").param("signerPosition", "ค"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select signer_name from trn_cohort where id = ?").param(elsewhere.id())
			.query(String.class).single()).isEmpty();
	}

	@Test
	void theCohortPageKeepsWhatWasTypedWhenAFieldIsRefused() throws Exception {
		Cohort cohort = new TrainingFixtures(cohorts, registrations, jdbc).cohort(CHAINAT, "รุ่นที่ 7/2570 แบบฟอร์ม");
		Cookie coordinator = signedIn("signer.page", Role.COORDINATOR, CHAINAT);

		mvc.perform(post("/p/TH-18/training/" + cohort.id() + "/signer").cookie(coordinator).with(csrf())
			.param("issuingAgency", "สำนักงานจังหวัดชัยนาท").param("signerName", "นายทดสอบ แบบฟอร์ม")
			.param("signerPosition", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("signerErrors"));
		mvc.perform(get("/p/TH-18/training/" + cohort.id()).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("signer-missing")));

		mvc.perform(post("/p/TH-18/training/" + cohort.id() + "/signer").cookie(coordinator).with(csrf())
			.param("issuingAgency", "สำนักงานจังหวัดชัยนาท").param("signerName", "นายทดสอบ แบบฟอร์ม")
			.param("signerPosition", "ปลัดจังหวัด"))
			.andExpect(flash().attribute("flashSuccess", "training.signer.saved"));
		assertThat(jdbc.sql("select signer_position from trn_cohort where id = ?").param(cohort.id())
			.query(String.class).single()).isEqualTo("ปลัดจังหวัด");
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'training-cohort' and entity_id = ? "
				+ "and action = 'certificate-signer-set'")
			.param(String.valueOf(cohort.id())).query(Integer.class).single()).isEqualTo(1);
	}

	/**
	 * Text compared without spaces, tone marks and vowels above or below the line: the PDF text layer may split Thai
	 * from digits with a space, put a tone mark before its vowel, or give "ำ" as two characters.
	 */
	static String loose(String text) {
		return text.replaceAll("\\s+", "").replace("\u0E33", "\u0E32")
			.replaceAll("[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]", "");
	}

	private static String signerApi(Cohort cohort) {
		return "/api/v1/provinces/TH-18/training/cohorts/" + cohort.id() + "/certificate-signer";
	}
}
