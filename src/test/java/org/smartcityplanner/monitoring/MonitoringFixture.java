package org.smartcityplanner.monitoring;

import java.math.BigDecimal;
import java.util.Map;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanSteps;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An approved plan for follow-up tests with three KPIs of the three unit kinds: a percentage where higher is better
 * (target 60 in 2570), PM2.5 where lower is better (target 35 in 2570) and a count of Wi-Fi points (target 50 in
 * 2570). Made once per test database; later calls find the KPIs by name.
 */
public record MonitoringFixture(PlanUseCases plans, IdentityUseCases identity, JdbcClient jdbc,
		UserDetailsService users) {

	public static final String PERCENT_KPI = "ร้อยละครัวเรือนที่เข้าถึงอินเทอร์เน็ตความเร็วสูง (ทดสอบติดตามผล)";
	public static final String PM_KPI = "ค่าเฉลี่ยฝุ่น PM2.5 รายปี (ทดสอบติดตามผล)";
	public static final String COUNT_KPI = "จำนวนจุดบริการ Wi-Fi สาธารณะ (ทดสอบติดตามผล)";

	/** The KPIs' ids by name. */
	public Map<String, String> approvedPlan(ProvinceCode province) {
		if (plans.plan(province).isEmpty()) {
			plans.startPlan(province, "แผนทดสอบการติดตามผล", PlanFixtures.PERIOD);
		}
		if (kpiId(province, PERCENT_KPI) == null) {
			SignedIn.as(identity, jdbc, users, "fixture.consultant." + province.value(), Role.CONSULTANT, province);
			try {
				ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "เมืองน่าอยู่ (ทดสอบติดตามผล)"));
				plans.addKpi(province, new Kpi(ItemId.random(), goal, null, PERCENT_KPI, "ร้อยละ",
						new Baseline(new BigDecimal("40"), new FiscalYear(2568), "สำนักงานสถิติจังหวัด"),
						Map.of(new FiscalYear(2570), new BigDecimal("60"), new FiscalYear(2571), new BigDecimal("70"))));
				Kpi pm = PlanFixtures.kpi(goal, PM_KPI);
				plans.addKpi(province, pm);
				plans.addKpi(province, new Kpi(ItemId.random(), goal, null, COUNT_KPI, "จุด", null,
						Map.of(new FiscalYear(2570), new BigDecimal("50"), new FiscalYear(2571), new BigDecimal("80"))));
				new PlanSteps(plans, identity, jdbc, users).takeTo(province, PlanStatus.APPROVED,
						"fixture.approver." + province.value());
			}
			finally {
				SignedIn.signOut();
			}
		}
		return Map.of(PERCENT_KPI, kpiId(province, PERCENT_KPI), PM_KPI, kpiId(province, PM_KPI), COUNT_KPI,
				kpiId(province, COUNT_KPI));
	}

	private String kpiId(ProvinceCode province, String name) {
		return plans.plan(province).orElseThrow().document().kpis().stream().filter(kpi -> kpi.name().equals(name))
			.map(kpi -> kpi.id().value()).findFirst().orElse(null);
	}
}
