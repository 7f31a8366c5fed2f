package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The approval flow over the API follows the page's rules: steps along the flow, no way out of "approved" but the
 * reopen, which only a coordinator or an admin may ask for, and saved versions listed and saved by name.
 */
class PlanApprovalApiWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;

	@Test
	void theApiTakesThePlanToApprovalAndOnlyACoordinatorReopensIt() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-16");
		plans.startPlan(province, "แผนทดสอบการอนุมัติผ่าน API", PlanFixtures.PERIOD);
		Cookie consultant = signedIn("approval.consultant16", Role.CONSULTANT, province);
		Cookie coordinator = signedIn("approval.coord16", Role.COORDINATOR, province);

		for (PlanStatus step : List.of(PlanStatus.IN_REVIEW, PlanStatus.SUBMITTED)) {
			step(consultant, step).andExpect(status().isNoContent());
		}
		// the consultant who submitted is not offered the approval, and cannot take it
		mvc.perform(get("/api/v1/provinces/TH-16/plan/status").cookie(consultant))
			.andExpect(jsonPath("$.next.length()").value(1)).andExpect(jsonPath("$.next[0]").value("IN_REVIEW"));
		step(consultant, PlanStatus.APPROVED).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-16/plan").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-approval-help\"")))
			.andExpect(content().string(not(containsString("value=\"APPROVED\""))));
		mvc.perform(get("/p/TH-16/plan").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"plan-approval-help\""))))
			.andExpect(content().string(containsString("value=\"APPROVED\"")));
		mvc.perform(get("/api/v1/provinces/TH-16/plan/status").cookie(coordinator))
			.andExpect(jsonPath("$.next.length()").value(2));
		step(coordinator, PlanStatus.APPROVED).andExpect(status().isNoContent());
		int approvedVersion = plans.plan(province).orElseThrow().header().version();
		mvc.perform(get("/api/v1/provinces/TH-16/plan/status").cookie(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.editable").value(false))
			.andExpect(jsonPath("$.next").isEmpty()).andExpect(jsonPath("$.canReopen").value(false))
			.andExpect(jsonPath("$.history.length()").value(3))
			.andExpect(jsonPath("$.history[0].changedBy").value("approval.coord16"))
			.andExpect(jsonPath("$.history[0].versionId").isNumber());

		mvc.perform(post("/api/v1/provinces/TH-16/plan/status").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"DRAFT\",\"version\":%d}".formatted(approvedVersion)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.reopenOnly"));
		mvc.perform(post("/api/v1/provinces/TH-16/plan/reopen").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":%d}".formatted(approvedVersion)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/provinces/TH-16/plan/reopen").cookie(coordinator).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The field version is required."));
		assertThat(plans.plan(province).orElseThrow().header().status()).isEqualTo(PlanStatus.APPROVED);

		mvc.perform(post("/api/v1/provinces/TH-16/plan/reopen").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":%d}".formatted(approvedVersion)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/provinces/TH-16/plan/status").cookie(coordinator))
			.andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.revisionNumber").value(2))
			.andExpect(jsonPath("$.editable").value(true));
	}

	@Test
	void versionsAreSavedByNameAndListedNewestFirst() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-17");
		plans.startPlan(province, "แผนทดสอบฉบับบันทึก", PlanFixtures.PERIOD);
		Cookie consultant = signedIn("approval.consultant17", Role.CONSULTANT, province);

		for (String name : List.of("ร่างที่ 1", "หลังประชุมกลุ่มย่อย")) {
			mvc.perform(post("/api/v1/provinces/TH-17/plan/versions").cookie(consultant).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"%s\"}".formatted(name)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name));
		}
		mvc.perform(post("/api/v1/provinces/TH-17/plan/versions").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.versionName"));
		mvc.perform(get("/api/v1/provinces/TH-17/plan/versions").cookie(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].name").value("หลังประชุมกลุ่มย่อย"));
	}

	@Test
	void aCoordinatorWhoSubmittedThePlanCannotApproveItTooAnotherCoordinatorCan() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-18");
		plans.startPlan(province, "แผนทดสอบผู้อนุมัติคนที่สอง", PlanFixtures.PERIOD);
		Cookie submitter = signedIn("approval.coord18a", Role.COORDINATOR, province);
		Cookie second = signedIn("approval.coord18b", Role.COORDINATOR, province);
		for (PlanStatus step : List.of(PlanStatus.IN_REVIEW, PlanStatus.SUBMITTED)) {
			step(submitter, step, "TH-18").andExpect(status().isNoContent());
		}

		step(submitter, PlanStatus.APPROVED, "TH-18").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("plan.rule.secondPerson"))
			.andExpect(jsonPath("$.detail").value(containsString("approval.coord18a")));
		assertThat(plans.plan(province).orElseThrow().header().status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plans.versions(province)).isEmpty();

		step(second, PlanStatus.APPROVED, "TH-18").andExpect(status().isNoContent());
		assertThat(plans.versions(province)).singleElement()
			.satisfies(version -> assertThat(plans.statusHistory(province).get(0).versionId()).isEqualTo(version.id()));
	}

	private org.springframework.test.web.servlet.ResultActions step(Cookie session, PlanStatus target) throws Exception {
		return step(session, target, "TH-16");
	}

	private org.springframework.test.web.servlet.ResultActions step(Cookie session, PlanStatus target, String code)
			throws Exception {
		int version = plans.plan(new ProvinceCode(code)).orElseThrow().header().version();
		return mvc.perform(post("/api/v1/provinces/" + code + "/plan/status").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"%s\",\"version\":%d}".formatted(target, version)));
	}
}
