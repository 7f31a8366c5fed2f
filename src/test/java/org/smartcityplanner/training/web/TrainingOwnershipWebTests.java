package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A coordinator of Ang Thong (TH-15) sends cohort, session and trainee ids of Saraburi (TH-19) under the own
 * province's path: all are not found, trainees of another province cannot be ticked present or sent a link, a
 * trainer who is not a consultant is refused at the field, and nothing is stored in either province.
 */
class TrainingOwnershipWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-15");
	static final ProvinceCode OTHER = new ProvinceCode("TH-19");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;

	@Test
	void cohortSessionAndTraineeIdsOfAnotherProvinceAreNotFoundAndNothingIsStored() throws Exception {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort own = fixtures.cohort(OWN, "รุ่นอ่างทอง");
		long ownSession = fixtures.openSession(own);
		Cohort other = fixtures.cohort(OTHER, "รุ่นสระบุรี");
		long otherSession = fixtures.openSession(other);
		fixtures.register(other, 1);
		long otherTrainee = cohorts.traineesOf(OTHER, other.id()).get(0).id();
		Cookie coordinator = signedIn("own.coord15", Role.COORDINATOR, OWN);

		String cohort = "/p/TH-15/training/" + other.id();
		MockMultipartFile file = new MockMultipartFile("file", "t.csv", "text/csv",
				"full_name,organisation\nสมชาย,อบจ.\n".getBytes(StandardCharsets.UTF_8));
		for (AbstractMockHttpServletRequestBuilder<?> request : new AbstractMockHttpServletRequestBuilder<?>[] { get(cohort),
				post(cohort + "/registration").param("open", "false"),
				post(cohort + "/trainees/" + otherTrainee + "/link"),
				post("/p/TH-15/training/" + own.id() + "/trainees/" + otherTrainee + "/link"),
				get(cohort + "/sessions/new"), post(cohort + "/sessions").param("title", "ยึด").param("date", "2026-01-01"),
				get("/p/TH-15/training/sessions/" + otherSession),
				post("/p/TH-15/training/sessions/" + otherSession + "/attendance").param("traineeId",
						String.valueOf(otherTrainee)).param("present", "true"),
				post("/p/TH-15/training/sessions/" + ownSession + "/attendance").param("traineeId",
						String.valueOf(otherTrainee)).param("present", "true"),
				get(cohort + "/report.docx"), get(cohort + "/report.xlsx"), get(cohort + "/import"),
				multipart(cohort + "/import").file(file) }) {
			mvc.perform(request.cookie(coordinator).with(csrf())).andExpect(status().isNotFound());
		}

		assertThat(cohorts.cohort(OTHER, other.id()).orElseThrow().registrationOpen()).isTrue();
		assertThat(cohorts.sessionsOf(OTHER, other.id())).hasSize(1);
		assertThat(cohorts.traineesOf(OTHER, other.id())).hasSize(1);
		assertThat(attendance.attendanceOf(OTHER, other.id())).isEmpty();
		assertThat(attendance.attendanceOf(OWN, own.id())).isEmpty();
		assertThat(cohorts.traineesOf(OWN, own.id())).isEmpty();
	}

	@Test
	void aTrainerWhoIsNotAConsultantIsRefusedAtTheFieldAndTheSessionIsNotStored() throws Exception {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort own = fixtures.cohort(OWN, "รุ่นอ่างทอง 2");
		Cookie coordinator = signedIn("own.trainer15", Role.COORDINATOR, OWN);
		long notAConsultant = account("own.member15", Role.WORKING_GROUP, OWN);

		mvc.perform(post("/p/TH-15/training/" + own.id() + "/sessions").cookie(coordinator).with(csrf())
			.param("title", "การใช้ข้อมูลเมือง").param("date", own.startDate().toString()).param("startTime", "09:00")
			.param("endTime", "12:00").param("venue", "ศาลากลาง").param("trainerIds", String.valueOf(notAConsultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วิทยากรต้องมาจากกลุ่มที่ปรึกษาของสถาบัน")));
		assertThat(cohorts.sessionsOf(OWN, own.id())).isEmpty();
	}
}
