package org.smartcityplanner.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.actionplan.ActionPlanExportFixtures;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The action-plan workbook and proposal forms as the documents page offers them: the province's team downloads
 * them (audited), another province's user and a trainee are refused.
 */
class ActionPlanDownloadsWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-91");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	private void actionPlanOnce() {
		if (actionPlans.actionItems(PROVINCE).isEmpty()) {
			ActionPlanExportFixtures.actionPlan(plans, actionPlans, PROVINCE);
		}
	}

	@Test
	void aCoordinatorSeesTheLinksAndDownloadsTheWorkbookAndTheFormsAndEachDownloadIsAudited() throws Exception {
		actionPlanOnce();
		Cookie session = signedIn("ap.coord91", Role.COORDINATOR, PROVINCE);
		mvc.perform(get("/p/TH-91/documents").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-plan-xlsx-th\"")))
			.andExpect(content().string(containsString("/p/TH-91/documents/proposals/PROV.docx?language=th")));
		Integer before = auditCount();

		byte[] xlsx = mvc.perform(get("/p/TH-91/documents/action-plan.xlsx").param("language", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andExpect(header().string("Content-Disposition", containsString("action-plan-TH-91-en.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetName(0)).isEqualTo("Summary");
		}
		mvc.perform(get("/p/TH-91/documents/proposals/PROV.docx").cookie(session)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")));
		mvc.perform(get("/p/TH-91/documents/proposals/NOPE.docx").cookie(session)).andExpect(status().isNotFound());
		assertThat(auditCount()).isEqualTo(before + 2);
	}

	@Test
	void anotherProvincesUserAndATraineeAreRefused() throws Exception {
		actionPlanOnce();
		Cookie other = signedIn("ap.coord92", Role.COORDINATOR, new ProvinceCode("TH-92"));
		mvc.perform(get("/p/TH-91/documents/action-plan.xlsx").cookie(other)).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-91/documents/proposals/PROV.docx").cookie(other)).andExpect(status().isForbidden());
		Cookie trainee = signedIn("ap.trainee91", Role.TRAINEE, PROVINCE);
		mvc.perform(get("/p/TH-91/documents/action-plan.xlsx").cookie(trainee)).andExpect(status().isForbidden());
	}

	private Integer auditCount() {
		return jdbc.sql("select count(*) from aud_entry where entity_type = 'action-plan-export' and province_code = 'TH-91'")
			.query(Integer.class).single();
	}
}
