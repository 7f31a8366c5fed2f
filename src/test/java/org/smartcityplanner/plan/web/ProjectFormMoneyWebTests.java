package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's project form reads money by the same rules as the action-plan forms ({@link Baht#parse}):
 * thousands separators and Thai digits are accepted, a misplaced separator is refused at its field.
 */
class ProjectFormMoneyWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;

	@Test
	void theProjectFormAcceptsTheMoneyFormsTheActionPlanFormsAcceptAndRefusesAMisplacedSeparator() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-24");
		Cookie session = signedIn("money.consultant24", Role.CONSULTANT, province);
		plans.startPlan(province, "แผนทดสอบเงิน", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("เฝ้าระวังฝุ่น"));

		mvc.perform(post("/p/TH-24/plan/projects").cookie(session).with(csrf()).param("strategyId", strategy.value())
			.param("name", "ป้ายรถเมล์อัจฉริยะ").param("startYear", "2570").param("endYear", "2571")
			.param("budget[2570]", "12,50").param("estimatedTotal", "1,200,000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"12,50\"")))
			.andExpect(content().string(containsString("คั่นหลักพันทุกสามหลักได้")));
		assertThat(plans.plan(province).orElseThrow().document().projects()).isEmpty();

		mvc.perform(post("/p/TH-24/plan/projects").cookie(session).with(csrf()).param("strategyId", strategy.value())
			.param("name", "ป้ายรถเมล์อัจฉริยะ").param("startYear", "2570").param("endYear", "2571")
			.param("budget[2570]", "1,200,000").param("budget[2571]", "๕๐๐,๐๐๐.๕๐").param("estimatedTotal", "฿ 1 700 000.50"))
			.andExpect(status().is3xxRedirection());
		Project project = plans.plan(province).orElseThrow().document().projects().findFirst().orElseThrow();
		assertThat(project.budget()).containsEntry(new FiscalYear(2570), Baht.of(1_200_000))
			.containsEntry(new FiscalYear(2571), new Baht(50_000_050));
		assertThat(project.estimatedTotal()).isEqualTo(new Baht(170_000_050));
	}
}
