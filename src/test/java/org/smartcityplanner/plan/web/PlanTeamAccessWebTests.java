package org.smartcityplanner.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each role sees of the plan team's work: "fix it" links on the readiness page only for those who may fix
 * the plan; envelopes, runs, proposals and comments on plan items for the plan team and the working group, not for
 * trainees, who see their training and the plan itself.
 */
class PlanTeamAccessWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-83");

	@Autowired
	PlanUseCases plans;

	private ItemId goal;

	@BeforeEach
	void aPlanWithAGoal() {
		if (plans.plan(PROVINCE).isEmpty()) {
			plans.startPlan(PROVINCE, "แผนทดสอบสิทธิ์ของทีมแผน", PlanFixtures.PERIOD);
			plans.addGoal(PROVINCE, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		}
		goal = plans.plan(PROVINCE).orElseThrow().document().goals().get(0).id();
	}

	@Test
	void fixLinksAreForThePlanTeamOnly() throws Exception {
		Cookie member = signedIn("fixlinks.member83", Role.WORKING_GROUP, PROVINCE);
		Cookie consultant = signedIn("fixlinks.consultant83", Role.CONSULTANT, PROVINCE);

		mvc.perform(get("/p/TH-83/plan/readiness").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่มีเป้าหมายในด้าน")))
			.andExpect(content().string(not(containsString("ไปแก้ไข"))));
		mvc.perform(get("/p/TH-83/plan/readiness").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไปแก้ไข")));
	}

	@Test
	void traineesSeeThePlanButNotEnvelopesRunsProposalsOrComments() throws Exception {
		Cookie trainee = signedIn("team.trainee83", Role.TRAINEE, PROVINCE);
		Cookie member = signedIn("team.member83", Role.WORKING_GROUP, PROVINCE);

		mvc.perform(get("/p/TH-83/plan").cookie(trainee)).andExpect(status().isOk())
			.andExpect(content().string(containsString("อากาศสะอาด")))
			.andExpect(content().string(not(containsString("/plan/items/" + goal.value() + "/comments"))))
			.andExpect(content().string(not(containsString("href=\"/p/TH-83/actionplan\""))));
		for (String path : new String[] { "/p/TH-83/actionplan", "/api/v1/provinces/TH-83/actionplan/envelopes",
				"/api/v1/provinces/TH-83/actionplan/runs", "/p/TH-83/plan/items/" + goal.value() + "/comments" }) {
			mvc.perform(get(path).cookie(trainee)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/p/TH-83/plan/items/" + goal.value() + "/comments").cookie(trainee).with(csrf())
			.param("body", "ความเห็นของผู้อบรม")).andExpect(status().isForbidden());

		mvc.perform(get("/p/TH-83/plan").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/plan/items/" + goal.value() + "/comments")));
		mvc.perform(get("/p/TH-83/plan/items/" + goal.value() + "/comments").cookie(member))
			.andExpect(status().isOk());
	}
}
