package org.smartcityplanner.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.TrainingModuleTest;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node without LibreOffice (as every {@link TrainingModuleTest} is): the publication contract reports the missing
 * PDF engine in its own words, and the eligible trainee is told to try later instead of getting an error page.
 */
@TrainingModuleTest
class CertificateWithoutPdfEngineWebTests extends ModuleWebTestSupport {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;

	@Test
	void anEligibleTraineeIsToldThePdfCannotBeMadeNowAndNoCertificateIsLost() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-73");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นไม่มีเครื่องสร้าง PDF");
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 5);
		mvc.perform(post(attendance.checkInPath(province, session)).cookie(new Cookie("scp_trainee", token)).with(csrf()))
			.andExpect(status().isOk());
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 12, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();

		mvc.perform(get("/t/" + token + "/certificate.pdf")).andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/t/" + token))
			.andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("ขณะนี้ระบบสร้างไฟล์ PDF ไม่ได้"));
	}
}
