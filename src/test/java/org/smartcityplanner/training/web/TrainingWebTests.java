package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.system.web.DisplayFormats;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The training pages a cohort is run with: who may see a cohort, attendance by QR check-in and by hand, and the
 * trainee import, with their bad-input rules; and the retention job. Each test works in a province of its own
 * (the web tests share one database). The trainee's own pages are in {@link TraineeWebTests}.
 */
class TrainingWebTests extends WebTestSupport {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	DisplayFormats formats;

	TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
	}

	static Cookie trainee(String token) {
		return new Cookie(TraineeCookie.NAME, token);
	}

	@Test
	void aCoordinatorOfAnotherProvinceIsRefusedTheCohortItsSessionsAndItsReport() throws Exception {
		ProvinceCode sukhothai = new ProvinceCode("TH-64");
		Cohort cohort = fixtures.cohort(sukhothai, "รุ่นสุโขทัย");
		long session = fixtures.openSession(cohort);
		Cookie outsider = signedIn("training.outsider", Role.COORDINATOR, new ProvinceCode("TH-66"));

		mvc.perform(get("/p/TH-64/training/" + cohort.id()).cookie(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-64/training/" + cohort.id() + "/report.xlsx").cookie(outsider))
			.andExpect(status().isForbidden());
		// the same ids through the outsider's own province are simply not there
		mvc.perform(get("/p/TH-66/training/" + cohort.id()).cookie(outsider)).andExpect(status().isNotFound());
		mvc.perform(get("/p/TH-66/training/sessions/" + session).cookie(outsider)).andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-66/training/sessions/" + session + "/attendance").cookie(outsider).with(csrf())
			.param("traineeId", "1").param("present", "true")).andExpect(status().isNotFound());
		assertThat(attendance.attendanceOf(sukhothai, cohort.id())).isEmpty();
	}

	@Test
	void traineesAndWorkingGroupMembersDoNotSeeTheCohortPages() throws Exception {
		ProvinceCode tak = new ProvinceCode("TH-63");
		Cohort cohort = fixtures.cohort(tak, "รุ่นตาก");
		Cookie member = signedIn("training.member", Role.WORKING_GROUP, tak);
		mvc.perform(get("/p/TH-63/training/" + cohort.id()).cookie(member)).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-63/training").cookie(member)).andExpect(status().isForbidden());
	}

	@Test
	void checkingInByQrTwiceRecordsTheTraineeOnce() throws Exception {
		ProvinceCode uttaradit = new ProvinceCode("TH-53");
		Cohort cohort = fixtures.cohort(uttaradit, "รุ่นอุตรดิตถ์");
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 1);
		String link = attendance.checkInPath(uttaradit, session);

		mvc.perform(get(link).cookie(trainee(token))).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยืนยันการเข้าอบรม")));
		mvc.perform(post(link).cookie(trainee(token)).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกการเข้าอบรมของ")));
		mvc.perform(post(link).cookie(trainee(token)).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่มีการนับซ้ำ")));

		assertThat(attendance.attendanceOf(uttaradit, cohort.id())).singleElement()
			.satisfies(a -> assertThat(a.method()).isEqualTo("qr"));
	}

	@Test
	void aSecondScanAfterCheckingInSaysWhenInsteadOfOfferingTheButtonAgain() throws Exception {
		ProvinceCode uttaradit = new ProvinceCode("TH-53");
		Cohort cohort = fixtures.cohort(uttaradit, "รุ่นสแกนซ้ำ");
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 5);
		String link = attendance.checkInPath(uttaradit, session);
		mvc.perform(post(link).cookie(trainee(token)).with(csrf())).andExpect(status().isOk());
		var checkedInAt = attendance.attendanceOf(uttaradit, cohort.id()).get(0).checkedInAt();
		LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("th-TH"));
		String thaiTime = formats.dateTime(checkedInAt);
		LocaleContextHolder.resetLocaleContext();

		mvc.perform(get(link).cookie(trainee(token))).andExpect(status().isOk())
			.andExpect(content().string(containsString("คุณลงชื่อไว้แล้วเมื่อ " + thaiTime)))
			.andExpect(content().string(not(containsString("id=\"checkin-submit\""))));
	}

	@Test
	void forgedOrExpiredQrLinksAndOtherCohortsAreRefusedWithAClearMessage() throws Exception {
		ProvinceCode phrae = new ProvinceCode("TH-54");
		Cohort cohort = fixtures.cohort(phrae, "รุ่นแพร่");
		Cohort other = fixtures.cohort(phrae, "รุ่นแพร่ 2");
		long open = fixtures.openSession(cohort);
		long ended = fixtures.session(cohort, Instant.now().minus(Duration.ofHours(5)), Duration.ofHours(2));
		String token = fixtures.register(cohort, 2);
		String outsider = fixtures.register(other, 3);
		String link = attendance.checkInPath(phrae, open);

		String forged = link.replaceAll("sig=.*$", "sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		mvc.perform(post(forged).cookie(trainee(token)).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ลิงก์ลงชื่อนี้ไม่ถูกต้อง")));
		String anotherSession = link.replace("/check-in/" + open, "/check-in/" + ended);
		mvc.perform(post(anotherSession).cookie(trainee(token)).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ลิงก์ลงชื่อนี้ไม่ถูกต้อง")));
		mvc.perform(post(attendance.checkInPath(phrae, ended)).cookie(trainee(token)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("ช่วงการอบรมนี้จบแล้ว")));
		mvc.perform(post(link).cookie(trainee(outsider)).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("รุ่นอื่น")));
		mvc.perform(post(link).with(csrf())).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ไม่พบลิงก์ส่วนตัว")));

		assertThat(attendance.attendanceOf(phrae, cohort.id())).isEmpty();
		assertThat(attendance.attendanceOf(phrae, other.id())).isEmpty();
	}

	@Test
	void aTrainerTicksAndUnticksAttendanceByHand() throws Exception {
		ProvinceCode nan = new ProvinceCode("TH-55");
		Cohort cohort = fixtures.cohort(nan, "รุ่นน่าน");
		long session = fixtures.openSession(cohort);
		fixtures.register(cohort, 4);
		long traineeId = cohorts.traineesOf(nan, cohort.id()).get(0).id();
		Cookie consultant = signedIn("training.trainer", Role.CONSULTANT, nan);

		mvc.perform(get("/p/TH-55/training/sessions/" + session).cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/p/TH-55/training/sessions/" + session + "/attendance").cookie(consultant).with(csrf())
				.param("traineeId", String.valueOf(traineeId)).param("present", "true"))
				.andExpect(redirectedUrlPattern("/p/TH-55/training/sessions/*"));
		}
		assertThat(attendance.attendanceOf(nan, cohort.id())).singleElement()
			.satisfies(a -> assertThat(a.method()).isEqualTo("manual"));
		mvc.perform(post("/p/TH-55/training/sessions/" + session + "/attendance").cookie(consultant).with(csrf())
			.param("traineeId", String.valueOf(traineeId)).param("present", "false"));
		assertThat(attendance.attendanceOf(nan, cohort.id())).isEmpty();
	}

	@Test
	void anImportWithMissingColumnsOrBadPhonesSavesNothingAndReportsEachRow() throws Exception {
		ProvinceCode sukhothai = new ProvinceCode("TH-64");
		Cohort cohort = fixtures.cohort(sukhothai, "รุ่นนำเข้า");
		Cookie coordinator = signedIn("training.importer", Role.COORDINATOR, sukhothai);
		String url = "/p/TH-64/training/" + cohort.id() + "/import";

		mvc.perform(multipart(url).file(csv("name,sector\nสมชาย,PRIVATE\n")).cookie(coordinator).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ไม่พบคอลัมน์ที่จำเป็น: organisation")));
		String file = "full_name,organisation,sector,phone,email\n"
				+ "สมหญิง ใจงาม,เทศบาล,LOCAL_GOVERNMENT,081-111-2222,\n"
				+ "สมศักดิ์ มั่นคง,บริษัท ก,เอกชน,12345,\n"
				+ "สมหญิง ใจงาม,เทศบาล,LOCAL_GOVERNMENT,0811112222,\n"
				+ "อรทัย สายสุข,มหาวิทยาลัย,ดาวอังคาร,,orathai@example.org\n";
		mvc.perform(multipart(url).file(csv(file)).cookie(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่ได้บันทึกสิ่งใด: มี 2 แถวที่ต้องแก้ไข")))
			.andExpect(content().string(containsString("&quot;12345&quot; ไม่ใช่หมายเลขโทรศัพท์ไทย")))
			.andExpect(content().string(containsString("ซ้ำกับแถว 2 ในไฟล์")))
			.andExpect(content().string(containsString("ไม่รู้จักภาคส่วน &quot;ดาวอังคาร&quot;")));
		assertThat(cohorts.traineesOf(sukhothai, cohort.id())).isEmpty();

		String fixed = file.replace("12345", "055-123456").replace("ดาวอังคาร", "สถาบันการศึกษา");
		mvc.perform(multipart(url).file(csv(fixed)).cookie(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("นำเข้าแล้ว: เพิ่ม 3 คน ข้ามรายชื่อซ้ำ 1 คน")));
		mvc.perform(multipart(url).file(csv(fixed)).cookie(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("นำเข้าแล้ว: เพิ่ม 0 คน ข้ามรายชื่อซ้ำ 4 คน")));
		assertThat(cohorts.traineesOf(sukhothai, cohort.id())).hasSize(3);
	}

	@Test
	void theRetentionJobAnonymisesCohortsPastTheirRetentionOnly() {
		ProvinceCode phichit = new ProvinceCode("TH-66");
		Cohort old = fixtures.cohort(phichit, "รุ่นเก่า");
		Cohort recent = fixtures.cohort(phichit, "รุ่นใหม่");
		fixtures.register(old, 1);
		fixtures.register(recent, 2);
		jdbc.sql("update trn_cohort set start_date = date '2020-01-06', end_date = date '2020-01-10', retention_days = 30 where id = ?")
			.param(old.id()).update();

		assertThat(registrations.anonymiseExpired()).isGreaterThanOrEqualTo(1);
		assertThat(cohorts.traineesOf(phichit, old.id())).allSatisfy(t -> assertThat(t.anonymised()).isTrue());
		assertThat(cohorts.traineesOf(phichit, recent.id())).allSatisfy(t -> assertThat(t.anonymised()).isFalse());
		assertThat(cohorts.cohort(phichit, old.id()).orElseThrow().anonymisedAt()).isNotNull();
		assertThat(cohorts.cohort(phichit, old.id()).orElseThrow().registrationOpen()).isFalse();
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "trainees.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
