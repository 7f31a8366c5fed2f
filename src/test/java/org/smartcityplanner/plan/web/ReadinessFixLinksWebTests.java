package org.smartcityplanner.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The readiness page shows "fix it" links only to those who may fix the plan; a working-group member reads the
 * findings without links that would end in "forbidden".
 */
class ReadinessFixLinksWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;

	@Test
	void fixLinksAreForThePlanTeamOnly() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-83");
		plans.startPlan(province, "แผนทดสอบลิงก์แก้ไข", PlanFixtures.PERIOD);
		Cookie member = signedIn("fixlinks.member83", Role.WORKING_GROUP, province);
		Cookie consultant = signedIn("fixlinks.consultant83", Role.CONSULTANT, province);

		mvc.perform(get("/p/TH-83/plan/readiness").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่มีเป้าหมายในด้าน")))
			.andExpect(content().string(not(containsString("ไปแก้ไข"))));
		mvc.perform(get("/p/TH-83/plan/readiness").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไปแก้ไข")));
	}
}
