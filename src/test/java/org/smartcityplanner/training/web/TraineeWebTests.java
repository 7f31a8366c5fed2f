package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.smartcityplanner.training.web.TrainingWebTests.trainee;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A trainee's own path through the training pages: public registration (consent, bots, duplicates, a full cohort,
 * the rate limit per address), tests, session ratings, the certificate and its public check, and their own data
 * (download and erasure). Each test works in a province of its own (the web tests share one database), and
 * public posts come from an address of their own (registrations are rate-limited by address).
 */
class TraineeWebTests extends WebTestSupport {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	PublicFormGuard guard;

	TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aTestSubmittedTwiceKeepsTheFirstResultAndSaysSo() throws Exception {
		ProvinceCode phayao = new ProvinceCode("TH-56");
		Cohort cohort = fixtures.cohort(phayao, "รุ่นพะเยา");
		String token = fixtures.register(cohort, 5);
		mvc.perform(post("/t/" + token + "/test/post").with(csrf())).andExpect(redirectedUrlPattern("/t/*/test/post"))
			.andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("ทำแบบทดสอบก่อนอบรมก่อน"));

		mvc.perform(post("/t/" + token + "/test/pre").with(csrf()).param("q1", "0"))
			.andExpect(redirectedUrlPattern("/t/*/test/pre"));
		mvc.perform(post("/t/" + token + "/test/pre").with(csrf()).param("q1", "1").param("q2", "1"))
			.andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("ส่งแบบทดสอบนี้ไปแล้ว"));
		assertThat(jdbc.sql("select count(*) from trn_test_attempt where cohort_id = ?").param(cohort.id())
			.query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/t/" + token + "/test/pre")).andExpect(status().isOk())
			.andExpect(content().string(containsString("คะแนนของคุณ")))
			.andExpect(content().string(not(containsString("name=\"q1\""))));
	}

	@Test
	void aFullCohortRefusesRegistrationWithAClearMessage() throws Exception {
		ProvinceCode lampang = new ProvinceCode("TH-52");
		Cohort cohort = fixtures.cohort(lampang, "รุ่นลำปาง");
		fixtures.register(cohort, 6);
		jdbc.sql("update trn_cohort set capacity = 1 where id = ?").param(cohort.id()).update();

		mvc.perform(get("/training/register/" + cohort.registrationKey())).andExpect(status().isOk())
			.andExpect(content().string(containsString("รับครบ 1 คนแล้ว")))
			.andExpect(content().string(not(containsString("name=\"fullName\""))));
		mvc.perform(registration(cohort, "10.52.0.1", "fullName", "ผู้มาช้า ทดสอบ", "phone", "0899999999"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("รับครบ 1 คนแล้ว")));
		assertThat(cohorts.traineesOf(lampang, cohort.id())).hasSize(1);
	}

	@Test
	void registrationRecordsConsentAndRefusesBotsDuplicatesAndMissingConsent() throws Exception {
		ProvinceCode lamphun = new ProvinceCode("TH-51");
		Cohort cohort = fixtures.cohort(lamphun, "รุ่นลำพูน");

		mvc.perform(registration(cohort, "10.51.0.1", "website", "http://spam.example"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ไม่สามารถรับการลงทะเบียนนี้ได้")));
		mvc.perform(registration(cohort, "10.51.0.2", "stamp", guard.formStamp(RegistrationController.FORM, Instant.now())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("กรุณาตรวจทานข้อมูลอีกครั้ง")));
		mvc.perform(registration(cohort, "10.51.0.3", "consent", "false"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("กรุณาอ่านและให้ความยินยอม")));
		mvc.perform(registration(cohort, "10.51.0.4", "phone", "1234"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ไม่ใช่หมายเลขโทรศัพท์ไทย")));
		assertThat(cohorts.traineesOf(lamphun, cohort.id())).isEmpty();

		mvc.perform(registration(cohort, "10.51.0.5")).andExpect(redirectedUrlPattern("/t/*"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Set-Cookie")).contains(TraineeCookie.NAME));
		mvc.perform(registration(cohort, "10.51.0.6", "fullName", "นาย สมศรี  ทดสอบ", "phone", "081-555-0000"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("อีเมลนี้ในรุ่นนี้แล้ว")));
		assertThat(cohorts.traineesOf(lamphun, cohort.id())).singleElement().satisfies(t -> {
			assertThat(t.consentVersion()).isEqualTo(RegistrationUseCases.CONSENT_VERSION);
			assertThat(t.consentedAt()).isNotNull();
			assertThat(t.phone()).isEqualTo("0815550000");
		});
	}

	@Test
	void registrationsFromOneAddressAreRateLimited() throws Exception {
		Cohort cohort = fixtures.cohort(new ProvinceCode("TH-50"), "รุ่นเชียงใหม่");
		for (int i = 0; i < PublicFormGuard.MAX_ATTEMPTS; i++) {
			mvc.perform(registration(cohort, "10.50.0.1", "consent", "false")).andExpect(status().isOk());
		}
		mvc.perform(registration(cohort, "10.50.0.1")).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("มากเกินไป")));
		mvc.perform(registration(cohort, "10.50.0.2")).andExpect(redirectedUrlPattern("/t/*"));
	}

	@Test
	void anUnknownCertificateCodeSaysSoAndAKnownOneShowsOnlyNameAndCourse() throws Exception {
		mvc.perform(get("/verify").param("code", "SCP-ZZZZ-ZZZZ")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ไม่พบวุฒิบัตรรหัส")));
		mvc.perform(get("/verify").param("code", "<script>")).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("<script>"))));

		ProvinceCode phetchabun = new ProvinceCode("TH-67");
		Cohort cohort = fixtures.cohort(phetchabun, "รุ่นเพชรบูรณ์");
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 7);
		String link = attendance.checkInPath(phetchabun, session);
		mvc.perform(post(link).cookie(trainee(token)).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/t/" + token + "/test/pre").with(csrf()));
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 12, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		String code = certificates.certificateFor(token).code();

		mvc.perform(get("/verify").param("code", code.toLowerCase())).andExpect(status().isOk())
			.andExpect(content().string(containsString(TrainingFixtures.person(7).fullName())))
			.andExpect(content().string(containsString("หลักสูตรการพัฒนาเมืองอัจฉริยะ")))
			.andExpect(content().string(not(containsString("หน่วยงานทดสอบ"))))
			.andExpect(content().string(not(containsString(TrainingFixtures.person(7).phone()))));
	}

	@Autowired
	CertificateUseCases certificates;

	@Test
	void aTraineeDownloadsTheirDataAndErasesItAndTheLinkStopsWorking() throws Exception {
		ProvinceCode kamphaeng = new ProvinceCode("TH-62");
		Cohort cohort = fixtures.cohort(kamphaeng, "รุ่นกำแพงเพชร");
		String token = fixtures.register(cohort, 0);
		mvc.perform(get("/t/" + token + "/my-data.json")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"consentVersion\":\"" + RegistrationUseCases.CONSENT_VERSION)))
			.andExpect(content().string(containsString(TrainingFixtures.person(0).fullName())))
			// the purpose the form showed, in Thai (issue 17: an English purpose was stored and shown)
			.andExpect(content().string(containsString("\"purpose\":\"จัดการอบรม บันทึกการเข้าอบรม")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("capacity building"))));
		mvc.perform(post("/t/" + token + "/erase").with(csrf())).andExpect(redirectedUrlPattern("/t/*"));
		assertThat(registrations.traineeByToken(token)).isPresent();

		mvc.perform(post("/t/" + token + "/erase").with(csrf()).param("confirm", "yes"))
			.andExpect(redirectedUrlPattern("/verify*"));
		mvc.perform(get("/t/" + token)).andExpect(status().isNotFound());
		assertThat(cohorts.traineesOf(kamphaeng, cohort.id())).singleElement().satisfies(t -> {
			assertThat(t.fullName()).isEmpty();
			assertThat(t.phone()).isNull();
			assertThat(t.erasureRequestedAt()).isNotNull();
			assertThat(t.anonymised()).isTrue();
		});
	}

	@Test
	void aTraineeRatesOnlySessionsTheyAttendedAndOnlyOnce() throws Exception {
		ProvinceCode chiangRai = new ProvinceCode("TH-57");
		Cohort cohort = fixtures.cohort(chiangRai, "รุ่นเชียงราย");
		long attended = fixtures.openSession(cohort);
		long missed = fixtures.session(cohort, Instant.now().minus(Duration.ofHours(6)), Duration.ofHours(1));
		String token = fixtures.register(cohort, 6);
		mvc.perform(post(attendance.checkInPath(chiangRai, attended)).cookie(trainee(token)).with(csrf()))
			.andExpect(status().isOk());

		mvc.perform(post("/t/" + token + "/survey/" + missed).with(csrf()).param("overall", "5").param("usefulness", "5")
			.param("trainer", "5")).andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("เฉพาะช่วงการอบรมที่คุณเข้าร่วม"));
		mvc.perform(post("/t/" + token + "/survey/" + attended).with(csrf()).param("overall", "9"))
			.andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString()).contains("1–5"));
		mvc.perform(post("/t/" + token + "/survey/" + attended).with(csrf()).param("overall", "4").param("usefulness", "5")
			.param("trainer", "๕").param("comment", "ดีมาก")).andExpect(redirectedUrlPattern("/t/*"));
		mvc.perform(post("/t/" + token + "/survey/" + attended).with(csrf()).param("overall", "1").param("usefulness", "1")
			.param("trainer", "1")).andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("ประเมินช่วงนี้ไปแล้ว"));

		var report = assessment.report(chiangRai, cohort.id());
		var satisfaction = report.satisfaction().get(report.sessions().stream().map(s -> s.id()).toList().indexOf(attended));
		assertThat(satisfaction.responses()).isEqualTo(1);
		assertThat(satisfaction.overall()).isEqualTo(4.0);
		assertThat(satisfaction.trainer()).isEqualTo(5.0);
	}

	@Autowired
	AssessmentUseCases assessment;

	/** A registration post with valid defaults; {@code overrides} are name, value pairs replacing them. */
	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(Cohort cohort,
			String address, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("fullName", "สมศรี ทดสอบ");
		fields.put("organisation", "หน่วยงานทดสอบ");
		fields.put("sector", "ACADEMIA");
		fields.put("phone", "0815550000");
		fields.put("consent", "true");
		fields.put("website", "");
		fields.put("stamp", guard.formStamp(RegistrationController.FORM, Instant.now().minusSeconds(30)));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post("/training/register/" + cohort.registrationKey()).with(csrf()).with(from(address));
		fields.forEach(request::param);
		return request;
	}
}
