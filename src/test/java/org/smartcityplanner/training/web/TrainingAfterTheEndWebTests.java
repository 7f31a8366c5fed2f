package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.smartcityplanner.training.web.TrainingWebTests.trainee;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the training pages do once something is over: a cohort that ended takes no registrations, a session that
 * ended shows no QR code to scan, and a personal link that was re-issued leads the trainee to their own page
 * rather than to a sign-in page they have no account for.
 */
class TrainingAfterTheEndWebTests extends WebTestSupport {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	PublicFormGuard guard;

	TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
	}

	@Test
	void aCohortThatEndedRefusesRegistrationOnThePageAndInTheService() throws Exception {
		ProvinceCode ranong = new ProvinceCode("TH-85");
		Cohort cohort = fixtures.cohort(ranong, "รุ่นที่จบไปแล้ว");
		fixtures.heldFrom(cohort, "2026-10-01", "2026-10-31");

		mvc.perform(get("/training/register/" + cohort.registrationKey())).andExpect(status().isOk())
			.andExpect(content().string(containsString("การอบรมรุ่นนี้จบแล้ว จึงไม่รับลงทะเบียนเพิ่ม")))
			.andExpect(content().string(not(containsString("name=\"fullName\""))));
		mvc.perform(post("/training/register/" + cohort.registrationKey()).with(csrf())
			.with(TraineeWebTests.from("10.85.0.1")).param("fullName", "ผู้มาหลังจบ ทดสอบ")
			.param("organisation", "หน่วยงานทดสอบ").param("sector", "ACADEMIA").param("phone", "0815550085")
			.param("consent", "true").param("website", "")
			.param("stamp", guard.formStamp(RegistrationController.FORM, Instant.now().minusSeconds(30))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("การอบรมรุ่นนี้จบแล้ว จึงไม่รับลงทะเบียนเพิ่ม")));
		Assertions.assertThatThrownBy(() -> fixtures.register(cohort, 1)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("training.register.ended");
		assertThat(cohorts.traineesOf(ranong, cohort.id())).isEmpty();
	}

	@Test
	void aSessionThatEndedSaysSoInsteadOfShowingItsQrCode() throws Exception {
		ProvinceCode ranong = new ProvinceCode("TH-85");
		Cohort cohort = fixtures.cohort(ranong, "รุ่นช่วงที่จบแล้ว");
		long ended = fixtures.session(cohort, Instant.now().minus(Duration.ofHours(5)), Duration.ofHours(2));
		long open = fixtures.openSession(cohort);
		Cookie consultant = signedIn("training.after.end", Role.CONSULTANT, ranong);

		mvc.perform(get("/p/TH-85/training/sessions/" + ended).cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ช่วงการอบรมนี้จบแล้ว")))
			.andExpect(content().string(not(containsString("id=\"checkin-qr\""))))
			.andExpect(content().string(not(containsString("สแกนเพื่อลงชื่อเข้าอบรม"))));
		mvc.perform(get("/p/TH-85/training/sessions/" + open).cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checkin-qr\"")));
	}

	@Test
	void anOldPersonalLinkOpensTheTraineesOwnResultOrSaysWhatHappenedWithoutASignInButton() throws Exception {
		ProvinceCode chumphon = new ProvinceCode("TH-86");
		Cohort cohort = fixtures.cohort(chumphon, "รุ่นลิงก์ออกใหม่");
		String old = fixtures.register(cohort, 4);
		long traineeId = registrations.traineeByToken(old).orElseThrow().id();
		String current = registrations.issueAccessToken(chumphon, traineeId);
		mvc.perform(post("/t/" + current + "/test/pre").with(csrf()).param("q1", "0"));

		// the device remembers the current link: the old address opens the same page under it
		mvc.perform(get("/t/" + old + "/test/pre").cookie(trainee(current)))
			.andExpect(redirectedUrl("/t/" + current + "/test/pre"));
		mvc.perform(get("/t/" + current + "/test/pre")).andExpect(status().isOk())
			.andExpect(content().string(containsString("คะแนนของคุณ")));
		// nothing remembered: what happened and whom to ask, and no way to the sign-in page
		mvc.perform(get("/t/" + old + "/test/pre")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ลิงก์ส่วนตัวนี้ใช้ไม่ได้แล้ว")))
			.andExpect(content().string(containsString("ติดต่อผู้จัดการอบรม")))
			.andExpect(content().string(not(containsString("กลับหน้าแรก"))));
	}
}
