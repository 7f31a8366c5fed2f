package org.smartcityplanner.reports;

import java.util.List;

import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A small plan with one saved version, made through the plan's API as a signed-in consultant would. */
public final class ReportTestPlans {

	private ReportTestPlans() {
	}

	public static PlanVersionSummary savedVersion(PlanUseCases plans, ProvinceCode province, String versionName) {
		var auth = new UsernamePasswordAuthenticationToken("report.tester", "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			if (plans.plan(province).isEmpty()) {
				plans.startPlan(province, "แผนแม่บทเมืองอัจฉริยะทดสอบ", PlanFixtures.PERIOD);
				ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "อากาศสะอาด"));
				ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("ลดฝุ่น"));
				plans.addProject(province, strategy, PlanFixtures.project("ระบบเซนเซอร์ฝุ่นละออง", java.util.Set.of()));
				plans.addKpi(province, PlanFixtures.kpi(goal, "ค่าเฉลี่ยฝุ่น PM2.5"));
			}
			return plans.saveVersion(province, versionName);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
