package org.smartcityplanner.engagement.web.workplan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestUsers;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class WorkPlanWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-14");
	static final ProvinceCode OTHER = new ProvinceCode("TH-15");
	static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	EngagementUseCases engagements;
	@Autowired
	WorkPlanUseCases workPlans;

	long lead;
	long member;
	WorkPlan plan;

	@BeforeEach
	void aPlannedEngagementInTheOwnProvince() {
		lead = account("wpw.lead", Role.CONSULTANT);
		member = account("wpw.member", Role.CONSULTANT);
		plan = workPlans.planOf(OWN).filter(WorkPlan::exists).orElseGet(() -> workPlans.createFromTemplate(
				engagements.start(OWN, "งานทดสอบหน้าแผนการดำเนินงาน", LocalDate.of(2026, 10, 1), lead,
						Set.of(lead, member)).id()));
	}

	@Test
	void aCoordinatorSeesTheirProvincesPlanWithChartAndTableButNotAnotherProvinces() throws Exception {
		Cookie own = signedIn("wpw.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(get("/p/TH-14/engagement/work-plan").cookie(own)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("รายงานเบื้องต้น (Inception Report)")))
			.andExpect(content().string(containsString("1 ต.ค. 2569")))
			.andExpect(content().string(not(containsString("NOT_STARTED"))))
			// a coordinator reads; the team's buttons are not there
			.andExpect(content().string(not(containsString("engagement/work-plan/items/"))));
		Cookie other = signedIn("wpw.other", Role.COORDINATOR, OTHER);
		mvc.perform(get("/p/TH-14/engagement/work-plan").cookie(other)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/engagements/" + plan.engagement().id() + "/work-plan").cookie(other))
			.andExpect(status().isNotFound());
		Cookie workingGroup = signedIn("wpw.wg", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-14/engagement/work-plan").cookie(workingGroup)).andExpect(status().isForbidden());
	}

	@Test
	void aFileThatIsNotADocumentIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		WorkItem report = item("Province profile and diagnosis report");
		Cookie teamMember = TestUsers.signIn(mvc, "wpw.member");
		mvc.perform(multipart("/p/TH-14/engagement/work-plan/items/" + report.id() + "/files")
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.cookie(teamMember).with(csrf()))
			.andExpect(redirectedUrl("/p/TH-14/engagement/work-plan#item-" + report.id()))
			.andExpect(flash().attribute("workPlanError", containsString("ไฟล์ผลงาน")));
		Assertions.assertThat(workPlans.files(plan.engagement().id(), report.id())).isEmpty();
	}

	@Test
	void theTeamUploadsAndTheDownloadKeepsTheTypeAndASafeName() throws Exception {
		WorkItem report = item("Interim report");
		Cookie teamMember = TestUsers.signIn(mvc, "wpw.member");
		mvc.perform(multipart("/p/TH-14/engagement/work-plan/items/" + report.id() + "/files")
			.file(new MockMultipartFile("file", "../interim\".pdf", "text/html", PDF)).cookie(teamMember).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "workplan.file.uploaded"));
		long fileId = workPlans.files(plan.engagement().id(), report.id()).get(0).id();
		mvc.perform(get("/p/TH-14/engagement/work-plan/files/" + fileId).cookie(teamMember))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("interim.pdf")));
	}

	@Test
	void aTeamMemberWhoIsNotTheLeadCannotApproveButTheLeadCan() throws Exception {
		WorkItem order = item("Working-group appointment order");
		long engagementId = plan.engagement().id();
		if (!"REVIEW_REQUESTED".equals(order.status())) {
			workPlans.moveDeliverable(engagementId, order.id(), "REVIEW_REQUESTED", member, null);
		}
		String url = "/api/v1/engagements/" + engagementId + "/work-plan/items/" + order.id() + "/status";
		mvc.perform(post(url).cookie(TestUsers.signIn(mvc, "wpw.member")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("เฉพาะหัวหน้าทีม")));
		mvc.perform(post(url).cookie(signedIn("wpw.admin", Role.ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(url).cookie(TestUsers.signIn(mvc, "wpw.lead")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void theAdminEditsTheTemplateAndTheHolidaysAndSeesThePlan() throws Exception {
		Cookie admin = signedIn("wpw.admin", Role.ADMIN);
		mvc.perform(get("/admin/work-plan-template").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("รายงานฉบับสมบูรณ์ (Final Report)")));
		mvc.perform(get("/admin/holidays").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("วันปิยมหาราช")))
			.andExpect(content().string(containsString("มาฆบูชา")));
		mvc.perform(post("/admin/holidays").cookie(admin).with(csrf()).param("date", "not-a-date")
			.param("nameTh", "วันทดสอบ").param("nameEn", "Test day"))
			.andExpect(flash().attribute("workPlanError", containsString("วันที่")));
		mvc.perform(get("/admin/engagements/" + plan.engagement().id() + "/work-plan").cookie(admin))
			.andExpect(status().isOk()).andExpect(content().string(containsString("<svg")));
		mvc.perform(post("/admin/engagements/" + plan.engagement().id() + "/work-plan/items/"
				+ item("Interim report").id()).cookie(admin).with(csrf()).param("ownerUserId", "999999")
			.param("dueDate", "2026-12-01"))
			.andExpect(flash().attribute("workPlanError", containsString("ผู้รับผิดชอบ")));
		mvc.perform(get("/admin/work-plan-template").cookie(TestUsers.signIn(mvc, "wpw.member")))
			.andExpect(status().isForbidden());
	}

	private WorkItem item(String titleEn) {
		return workPlans.plan(plan.engagement().id()).orElseThrow().items().stream()
			.filter(i -> i.titleEn().equals(titleEn)).findFirst().orElseThrow();
	}
}
