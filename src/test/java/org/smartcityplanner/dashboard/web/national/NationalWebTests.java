package org.smartcityplanner.dashboard.web.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.dashboard.internal.national.CertificationRegister;
import org.smartcityplanner.dashboard.internal.national.NationalStore;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The national pages per role: the institute sees and keeps the register and the overview (tiles link to the
 * province pages); the public sees the same stages without notes, references or links; a coordinator reaches
 * neither the admin pages nor the admin API; bad input is refused naming the field, nothing saved. TH-21's plan is
 * started through the plan module, so its stage reaches the read model by the plan's event.
 */
class NationalWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-21");
	private static final String NOTE = "โทรหาคุณวิภาวดีทดสอบ 081-000-0000";

	@Autowired
	ProfileUseCases profile;
	@Autowired
	PlanUseCases plans;
	@Autowired
	NationalStore store;
	@Autowired
	CertificationRegister register;

	private static TargetAreaView certifiedArea;
	private static TargetAreaView formulaArea;

	@BeforeEach
	void aProvinceWithAPlanAndACertifiedArea() throws Exception {
		if (certifiedArea != null) {
			return;
		}
		certifiedArea = area("ย่านสถานีทดสอบระดับประเทศ");
		formulaArea = area("=1+1 ย่านทดสอบสูตร");
		plans.startPlan(PROVINCE, "แผนทดสอบหน้าระดับประเทศ", PlanFixtures.PERIOD);
		// the plan's event reaches the read model after the commit, on another thread
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline && store.provinces().stream()
			.noneMatch(row -> row.code().equals(PROVINCE) && row.stage() == Stage.DRAFT_PLAN)) {
			Thread.sleep(100);
		}
		assertThat(store.provinces()).filteredOn(row -> row.code().equals(PROVINCE))
			.extracting(NationalStore.ProvinceRow::stage).containsExactly(Stage.DRAFT_PLAN);
		mvc.perform(post("/admin/national/certifications").cookie(admin()).with(csrf())
			.param("area", PROVINCE.value() + ":" + certifiedArea.id()).param("certifiedOn", "15/3/2568")
			.param("reference", "ประกาศทดสอบ 9/2568").param("notes", NOTE))
			.andExpect(redirectedUrl("/admin/national/certifications"))
			.andExpect(flash().attribute("flashSuccess", "national.saved"));
	}

	private TargetAreaView area(String name) {
		return profile.createArea(PROVINCE, new AreaDetails(new LocalizedText(name, name), AreaType.TOURISM, null, null,
				null, "", List.of("ECO"), null));
	}

	private Cookie admin() throws Exception {
		return signedIn("national.admin", Role.ADMIN);
	}

	@Test
	void theInstituteSeesTheAreaCertifiedWithTilesLinkingToTheProvincePage() throws Exception {
		mvc.perform(get("/admin/national").cookie(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-province=\"TH-21\" data-stage=\"CERTIFIED\"")))
			.andExpect(content().string(containsString("href=\"/p/TH-21\"")))
			.andExpect(content().string(containsString("ย่านสถานีทดสอบระดับประเทศ</span>:")))
			.andExpect(content().string(containsString("รับรองเมื่อ 15 มี.ค. 2568")));
		mvc.perform(get("/admin/national").param("sort", "stage").param("lang", "en").cookie(admin()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("certified 15 Mar 2025")));
		mvc.perform(get("/admin/national/certifications").cookie(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ประกาศทดสอบ 9/2568")));
	}

	@Test
	void thePublicSeesTheSameStageWithoutNotesReferencesOrLinks() throws Exception {
		mvc.perform(get("/public/national")).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-province=\"TH-21\" data-stage=\"CERTIFIED\"")))
			.andExpect(content().string(not(containsString(NOTE))))
			.andExpect(content().string(not(containsString("ประกาศทดสอบ"))))
			.andExpect(content().string(not(containsString("href=\"/p/"))))
			.andExpect(content().string(not(containsString("/admin/"))));
		mvc.perform(get("/public/national").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("National smart-city overview")));
		String json = mvc.perform(get("/api/v1/public/national")).andExpect(status().isOk())
			.andExpect(jsonPath("$.forPublic").value(true)).andExpect(jsonPath("$.provinces.length()").value(77))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).doesNotContain(NOTE).doesNotContain("ประกาศทดสอบ").doesNotContain("\"notes\"");
	}

	@Test
	void aCoordinatorReachesNeitherTheAdminPagesNorTheAdminApi() throws Exception {
		Cookie coordinator = signedIn("national.coordinator", Role.COORDINATOR, PROVINCE);
		mvc.perform(get("/admin/national").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/national/certifications").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/national/overview").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/national/certifications").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		int entries = register.all().size();
		mvc.perform(post("/admin/national/certifications").cookie(admin()).with(csrf())
			.param("area", PROVINCE.value() + ":" + formulaArea.id()).param("certifiedOn", "15/3/2025")
			.param("notes", "ไม่ควรบันทึก"))
			.andExpect(redirectedUrl("/admin/national/certifications"))
			.andExpect(flash().attribute("refusal", containsString("วันที่ได้รับการรับรอง: อ่าน \"15/3/2025\"")));
		mvc.perform(post("/admin/national/certifications").cookie(admin()).with(csrf())
			.param("area", "TH-20:" + formulaArea.id()).param("certifiedOn", "15/3/2568"))
			.andExpect(flash().attribute("refusal", containsString("พื้นที่เป้าหมาย")));
		mvc.perform(post("/api/v1/national/certifications").cookie(admin()).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"province\":\"TH-21\",\"areaId\":" + formulaArea.id() + ",\"certifiedOn\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/admin/national/targets").cookie(admin()).with(csrf()).param("year", "2571")
			.param("areas", "สิบ").param("source", "ทดสอบ"))
			.andExpect(flash().attribute("refusal", containsString("จำนวนพื้นที่: \"สิบ\" ไม่ใช่ตัวเลข")));

		assertThat(register.all()).hasSize(entries);
	}

	@Test
	void theExportsListEveryProvinceAndKeepAFormulaLikeAreaNameAsText() throws Exception {
		String csv = mvc.perform(get("/public/national/export.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("'=1+1 ย่านทดสอบสูตร").doesNotContain(NOTE);
		assertThat(csv.lines().filter(line -> line.startsWith("TH-")).map(line -> line.substring(0, 5)).distinct())
			.hasSize(77);
		byte[] xlsx = mvc.perform(get("/admin/national/export.xlsx").cookie(admin())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Cell> formulaLike = new java.util.ArrayList<>();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
				if (cell.getStringCellValue().startsWith("=1+1")) {
					formulaLike.add(cell);
				}
			}));
			assertThat(formulaLike).singleElement().satisfies(cell -> {
				assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			});
		}
	}
}
