package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanSteps;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * An approved plan through the pages and the API: no edit controls, every write refused with the reason and
 * nothing changed, until a coordinator reopens it (audited) as a new draft. Each test has a province of its own.
 */
class ReadOnlyPlanWebTests extends WebTestSupport {

	private static final String GOAL_JSON = """
			{"dimension":"ENV","title":"แก้ผ่าน API","description":"","strategies":[],
			"alignment":{"nationalStrategies":[],"masterPlans":[],"milestones":[],"sdgs":[],"provincialStrategies":[]}}""";

	@Autowired
	PlanUseCases plans;
	@Autowired
	JsonMapper json;
	@Autowired
	UserDetailsService users;

	@Test
	void aCoordinatorCannotEditAnApprovedPlanThroughPagesOrTheApi() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-73");
		LoadedPlan approved = approvedPlan(province);
		PlanDocument before = approved.document();
		Goal goal = before.goals().get(0);
		String goalVersion = String.valueOf(approved.versionOf(goal.id().value()));
		String strategyId = goal.strategies().get(0).id().value();
		Cookie session = signedIn("readonly.coord73", Role.COORDINATOR, province);

		mvc.perform(get("/p/TH-73/plan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-read-only\"")))
			// the status in its own colour, and the approved version linked from the history
			.andExpect(content().string(containsString("id=\"plan-status\" class=\"badge text-bg-success\"")))
			.andExpect(content().string(containsString("(ฉบับที่อนุมัติ)")))
			.andExpect(content().string(containsString("อนุมัติแล้ว&quot; จึงเปิดให้อ่านอย่างเดียว")))
			// when and by whom, from the status history
			.andExpect(content().string(containsString("id=\"plan-read-only-since\"")))
			.andExpect(content().string(containsString("โดย Test readonly.approver73 แผนเปิดให้อ่านอย่างเดียว")))
			.andExpect(content().string(not(containsString("/plan/overview\""))))
			.andExpect(content().string(containsString("/p/TH-73/plan/reopen")))
			.andExpect(content().string(not(containsString("/plan/goals/new"))))
			.andExpect(content().string(not(containsString("/plan/goals/" + goal.id() + "\""))))
			.andExpect(content().string(not(containsString("/plan/sections\""))))
			.andExpect(content().string(not(containsString("/kpis/new"))));
		mvc.perform(get("/p/TH-73/plan/goals/" + goal.id()).cookie(session)).andExpect(redirectedUrl("/p/TH-73/plan"));
		mvc.perform(get("/p/TH-73/plan/overview").cookie(session)).andExpect(redirectedUrl("/p/TH-73/plan"));

		// a page POST shows why and keeps what the user typed
		mvc.perform(post("/p/TH-73/plan/goals/" + goal.id()).cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "ข้อความที่ต้องไม่หาย").param("version", goalVersion))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนนี้ได้รับอนุมัติแล้ว จึงแก้ไขไม่ได้")))
			.andExpect(content().string(containsString("value=\"ข้อความที่ต้องไม่หาย\"")));
		mvc.perform(post("/p/TH-73/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "เป้าหมายใหม่")).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนนี้ได้รับอนุมัติแล้ว จึงแก้ไขไม่ได้")));
		// the vision and the sections: the form comes back with the reason, nothing saved
		mvc.perform(post("/p/TH-73/plan/overview").cookie(session).with(csrf()).param("title", "แผนที่แก้หลังอนุมัติ")
			.param("firstYear", String.valueOf(approved.header().period().first().buddhistYear()))
			.param("lastYear", String.valueOf(approved.header().period().last().buddhistYear()))
			.param("vision", "วิสัยทัศน์ที่แก้หลังอนุมัติ").param("missions", "")
			.param("version", String.valueOf(approved.header().version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนนี้ได้รับอนุมัติแล้ว จึงแก้ไขไม่ได้")));
		mvc.perform(post("/p/TH-73/plan/items/GOAL/" + goal.id() + "/delete").cookie(session).with(csrf())
			.param("version", goalVersion)).andExpect(redirectedUrl("/p/TH-73/plan"));

		// the API answers 400 with the reason for each kind of write
		mvc.perform(put("/api/v1/provinces/TH-73/plan/goals/" + goal.id()).param("version", goalVersion)
			.cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(GOAL_JSON))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.readOnly.APPROVED"));
		mvc.perform(post("/api/v1/provinces/TH-73/plan/strategies/" + strategyId + "/projects").cookie(session)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(PlanFixtures.project("โครงการใหม่", Set.of()))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.readOnly.APPROVED"));
		mvc.perform(delete("/api/v1/provinces/TH-73/plan/GOAL/" + goal.id()).param("version", goalVersion)
			.cookie(session).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.readOnly.APPROVED"));
		mvc.perform(put("/api/v1/provinces/TH-73/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(before)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.rule.readOnly.APPROVED"));

		LoadedPlan after = plans.plan(province).orElseThrow();
		assertThat(after.header().vision()).isEqualTo(approved.header().vision());
		assertThat(after.header().title()).isEqualTo(approved.header().title());
		assertThat(after.header().status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(after.document()).isEqualTo(before);
		assertThat(after.versions()).isEqualTo(approved.versions());
	}

	@Test
	void aCoordinatorReopensTheApprovedPlanAuditedAndEditsAgainButAConsultantCannot() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-74");
		LoadedPlan approved = approvedPlan(province);
		String version = String.valueOf(approved.header().version());
		Cookie consultant = signedIn("readonly.consultant74", Role.CONSULTANT, province);
		mvc.perform(get("/p/TH-74/plan").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/p/TH-74/plan/reopen"))));
		mvc.perform(post("/p/TH-74/plan/reopen").cookie(consultant).with(csrf()).param("version", version)
			.accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		assertThat(plans.plan(province).orElseThrow().header().status()).isEqualTo(PlanStatus.APPROVED);

		Cookie coordinator = signedIn("readonly.coord74", Role.COORDINATOR, province);
		mvc.perform(get("/p/TH-74/plan").param("lang", "en").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("by Test readonly.approver74; the plan is read-only")));
		mvc.perform(post("/p/TH-74/plan/reopen").cookie(coordinator).with(csrf()).param("version", version))
			.andExpect(redirectedUrl("/p/TH-74/plan"));
		LoadedPlan reopened = plans.plan(province).orElseThrow();
		assertThat(reopened.header().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(reopened.header().revisionNumber()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select actor from aud_entry where entity_type = 'plan' and action = 'reopened' and province_code = ?""")
			.param(province.value()).query(String.class).list()).containsExactly("readonly.coord74");
		assertThat(plans.versions(province)).extracting(summary -> summary.name())
			.containsExactly("ฉบับอนุมัติ (ปรับปรุงครั้งที่ 1)");

		Goal goal = reopened.document().goals().get(0);
		mvc.perform(get("/p/TH-74/plan").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ปรับปรุงครั้งที่ 2")))
			.andExpect(content().string(not(containsString("จึงเปิดให้อ่านอย่างเดียว"))))
			.andExpect(content().string(containsString("/plan/goals/new")));
		mvc.perform(post("/p/TH-74/plan/goals/" + goal.id()).cookie(coordinator).with(csrf()).param("dimension", "ENV")
			.param("title", "ฉบับปรับปรุงครั้งที่ 2")
			.param("version", String.valueOf(reopened.versionOf(goal.id().value()))))
			.andExpect(redirectedUrl("/p/TH-74/plan#item-" + goal.id()));
		assertThat(plans.plan(province).orElseThrow().document().goals().get(0).title())
			.isEqualTo("ฉบับปรับปรุงครั้งที่ 2");
	}

	/** A small plan submitted by the system (no signed-in user) and approved by a coordinator. */
	private LoadedPlan approvedPlan(ProvinceCode province) {
		plans.startPlan(province, "แผนทดสอบฉบับอนุมัติ", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("ลดฝุ่น"));
		plans.addProject(province, strategy, PlanFixtures.project("เซนเซอร์ฝุ่น", Set.of()));
		new PlanSteps(plans, identity, jdbc, users).takeTo(province, PlanStatus.APPROVED,
				"readonly.approver" + province.value().substring(3));
		return plans.plan(province).orElseThrow();
	}
}
