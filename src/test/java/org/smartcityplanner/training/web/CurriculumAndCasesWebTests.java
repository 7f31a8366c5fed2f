package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The curriculum (six required topics, admins revise it in versions) and the case library (Thai word-aware
 * search, dimension filter, adding a case).
 */
class CurriculumAndCasesWebTests extends WebTestSupport {

	@Autowired
	CurriculumUseCases curriculum;

	@Test
	void theCurriculumHasTheSixRequiredTopicsWithObjectivesDurationAndMaterials() throws Exception {
		var first = curriculum.versions().get(curriculum.versions().size() - 1);
		assertThat(first.topics()).extracting(t -> t.code()).containsExactly("MINDSET", "SMART_GROWTH", "THEORY",
				"CASE_STUDIES", "AREA_STRATEGY", "APPLY_TO_AREA");
		assertThat(first.topics()).allSatisfy(t -> {
			assertThat(t.objectiveLines(java.util.Locale.forLanguageTag("th"))).isNotEmpty();
			assertThat(t.durationMinutes()).isPositive();
			assertThat(t.materials()).isNotEmpty();
		});
		Cookie member = signedIn("curriculum.reader", Role.WORKING_GROUP, new ProvinceCode("TH-65"));
		mvc.perform(get("/training/curriculum").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("การเติบโตอย่างชาญฉลาด")))
			.andExpect(content().string(not(containsString("/training/curriculum/topics/"))));
		mvc.perform(get("/training/curriculum/topics/MINDSET/edit").cookie(member)).andExpect(status().isForbidden());
	}

	@Test
	void materialsWithoutAFileAreListedByTitleNotAsLinksBackToTheCurriculumPage() throws Exception {
		Cookie member = signedIn("curriculum.materials", Role.WORKING_GROUP, new ProvinceCode("TH-65"));
		mvc.perform(get("/training/curriculum").param("version", "1").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("สไลด์บรรยายหัวข้อที่ 1")))
			.andExpect(content().string(containsString("แบบฟอร์มร่างโครงการนำร่อง")))
			.andExpect(content().string(containsString("(ยังไม่มีไฟล์แนบ)")))
			.andExpect(content().string(not(containsString("href=\"/training/curriculum#"))))
			.andExpect(content().string(containsString("href=\"/training/cases\"")));

		Cookie admin = signedIn("curriculum.materials.admin", Role.ADMIN);
		mvc.perform(post("/training/curriculum/topics/MINDSET").cookie(admin).with(csrf())
			.param("basedOnVersion", String.valueOf(curriculum.current().versionNo())).param("titleTh", "กรอบความคิด")
			.param("titleEn", "Mindset").param("objectivesTh", "ก").param("objectivesEn", "a")
			.param("durationMinutes", "60").param("materials", "สไลด์ | /training/curriculum#MINDSET"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เอกสารบรรทัดที่ 1 ลิงก์ไปหน้าหลักสูตรนี้เอง")));
	}

	@Test
	void anAdminRevisesATopicIntoANewVersionAndAStaleFormSavesNothing() throws Exception {
		Cookie admin = signedIn("curriculum.admin", Role.ADMIN);
		int before = curriculum.current().versionNo();
		mvc.perform(post("/training/curriculum/topics/THEORY").cookie(admin).with(csrf())
			.param("basedOnVersion", String.valueOf(before)).param("titleTh", "ทฤษฎีและหลักการเมืองอัจฉริยะ (ปรับปรุง)")
			.param("titleEn", "Theory and principles (revised)").param("objectivesTh", "อธิบายองค์ประกอบ 7 ด้าน")
			.param("objectivesEn", "Explain the seven dimensions").param("durationMinutes", "๒๔๐")
			.param("materials", "คลังกรณีศึกษา | /training/cases").param("note", "ปรับชื่อหัวข้อ"))
			.andExpect(redirectedUrlPattern("/training/curriculum?version=*"));
		assertThat(curriculum.current().versionNo()).isEqualTo(before + 1);
		assertThat(curriculum.current().topic("THEORY").orElseThrow().title().th()).endsWith("(ปรับปรุง)");
		assertThat(curriculum.current().topic("THEORY").orElseThrow().durationMinutes()).isEqualTo(240);
		assertThat(curriculum.current().topics()).hasSize(6);

		mvc.perform(post("/training/curriculum/topics/THEORY").cookie(admin).with(csrf())
			.param("basedOnVersion", String.valueOf(before)).param("titleTh", "ชื่อจากฟอร์มเก่า").param("titleEn", "Old")
			.param("objectivesTh", "ก").param("objectivesEn", "a").param("durationMinutes", "60").param("materials", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("มีผู้บันทึกหลักสูตรฉบับใหม่ก่อนคุณ")));
		mvc.perform(post("/training/curriculum/topics/THEORY").cookie(admin).with(csrf())
			.param("basedOnVersion", String.valueOf(before + 1)).param("titleTh", "").param("titleEn", "x")
			.param("objectivesTh", "ก").param("objectivesEn", "a").param("durationMinutes", "5")
			.param("materials", "เอกสาร | ไม่ใช่ลิงก์"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ระยะเวลาต้องอยู่ระหว่าง 15 ถึง 960 นาที")))
			.andExpect(content().string(containsString("เอกสารบรรทัดที่ 1 ต้องเป็น ชื่อ | ลิงก์")));
		assertThat(curriculum.current().versionNo()).isEqualTo(before + 1);
	}

	@Test
	void thaiSearchFindsWordsInsideUnspacedTextAndTheDimensionFilterNarrowsIt() throws Exception {
		Cookie member = signedIn("cases.reader", Role.WORKING_GROUP, new ProvinceCode("TH-65"));
		mvc.perform(get("/training/cases").param("q", "ขนส่ง").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขอนแก่นโมเดล")))
			.andExpect(content().string(not(containsString("ซองโด"))));
		mvc.perform(get("/training/cases").param("q", "ข้อมูล เซนเซอร์").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไซด์วอล์กโทรอนโต")));
		mvc.perform(get("/training/cases").param("q", "เมือง").param("dimension", "ENE").cookie(member))
			.andExpect(status().isOk()).andExpect(content().string(containsString("อัมสเตอร์ดัม")))
			.andExpect(content().string(not(containsString("ภูเก็ต"))));
		mvc.perform(get("/training/cases").param("q", "ขนส่ง").header("HX-Request", "true").cookie(member))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aConsultantAddsACaseThatSearchFindsAndAMemberMayNot() throws Exception {
		Cookie member = signedIn("cases.member", Role.WORKING_GROUP, new ProvinceCode("TH-65"));
		mvc.perform(post("/training/cases").cookie(member).with(csrf()).param("titleTh", "x"))
			.andExpect(status().isForbidden());
		Cookie consultant = signedIn("cases.consultant", Role.CONSULTANT);
		mvc.perform(post("/training/cases").cookie(consultant).with(csrf()).param("titleTh", "ทดสอบ"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("เลือกมิติเมืองอัจฉริยะอย่างน้อยหนึ่งมิติ")));
		mvc.perform(post("/training/cases").cookie(consultant).with(csrf())
			.param("titleTh", "ตลาดน้ำอัจฉริยะทดสอบ").param("titleEn", "Test floating market").param("place", "ทดสอบ")
			.param("country", "ไทย").param("startYear", "2565").param("dimensions", "ECO")
			.param("summary", "ผู้ค้าใช้ระบบจ่ายเงินดิจิทัล").param("whatWorked", "ลดเงินสด")
			.param("whatFailed", "ผู้สูงอายุใช้ยาก").param("why", "ต้องฝึกอบรมผู้ค้า").param("sources", "การสำรวจภาคสนาม"))
			.andExpect(redirectedUrlPattern("/training/cases/*"));
		mvc.perform(get("/training/cases").param("q", "จ่ายเงินดิจิทัล").cookie(consultant))
			.andExpect(content().string(containsString("ตลาดน้ำอัจฉริยะทดสอบ")))
			.andExpect(content().string(containsString("2022")));
	}
}
