package org.smartcityplanner.monitoring.web.kpi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.monitoring.MonitoringFixture;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.servlet.http.Cookie;

/**
 * Follow-up of Saraburi's (TH-19) approved test plan: its coordinator, two working-group members (one owns the
 * percentage and count KPIs, the other the PM2.5 one) and a coordinator of Ang Thong (TH-15), which has no plan.
 * Each test works in its own quarter of fiscal year 2570, so the tests do not depend on their order.
 */
abstract class FollowUpWebTestSupport extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-19");
	static final ProvinceCode OTHER = new ProvinceCode("TH-15");

	@Autowired
	PlanUseCases plans;
	@Autowired
	UserDetailsService users;

	Map<String, String> kpis;
	Cookie coordinator;
	Cookie owner;
	Cookie secondOwner;
	long ownerId;

	@BeforeEach
	void approvedPlanWithOwners() throws Exception {
		kpis = new MonitoringFixture(plans, identity, jdbc, users).approvedPlan(OWN);
		coordinator = signedIn("mon.coord19", Role.COORDINATOR, OWN);
		owner = signedIn("mon.owner19", Role.WORKING_GROUP, OWN);
		secondOwner = signedIn("mon.owner19b", Role.WORKING_GROUP, OWN);
		ownerId = account("mon.owner19", Role.WORKING_GROUP, OWN);
		long secondId = account("mon.owner19b", Role.WORKING_GROUP, OWN);
		mvc.perform(post("/p/TH-19/monitoring/periods/generate").cookie(coordinator).with(csrf()));
		assign(MonitoringFixture.PERCENT_KPI, "สำนักงานสถิติจังหวัดสระบุรี", ownerId);
		assign(MonitoringFixture.COUNT_KPI, "สำนักงานพัฒนาชุมชนจังหวัด", ownerId);
		assign(MonitoringFixture.PM_KPI, "สำนักงานสิ่งแวดล้อมภาคที่ 8", secondId);
	}

	private void assign(String kpiName, String agency, long userId) throws Exception {
		String kpiId = kpis.get(kpiName);
		Integer version = jdbc.sql("select version from mon_kpi_owner where province_code = 'TH-19' and kpi_id = ?")
			.param(kpiId).query(Integer.class).optional().orElse(null);
		var request = post("/p/TH-19/monitoring/owners/" + kpiId).cookie(coordinator).with(csrf())
			.param("agency", agency).param("userId", String.valueOf(userId));
		if (version == null) {
			mvc.perform(request);
		}
	}

	/** The period of a quarter of fiscal year 2570, opened unless it is open or locked already. */
	long openQuarter(int quarter) throws Exception {
		long id = periodId(quarter);
		String state = jdbc.sql("select state from mon_period where id = ?").param(id).query(String.class).single();
		if (state.equals("PLANNED")) {
			mvc.perform(post("/p/TH-19/monitoring/periods/" + id + "/open").cookie(coordinator).with(csrf())
				.param("version", String.valueOf(version(id))));
		}
		return id;
	}

	long periodId(int quarter) {
		return jdbc.sql("select id from mon_period where province_code = 'TH-19' and fiscal_year = 2570 and quarter = ?")
			.param(quarter).query(Long.class).single();
	}

	int version(long periodId) {
		return jdbc.sql("select version from mon_period where id = ?").param(periodId).query(Integer.class).single();
	}

	int valuesIn(long periodId) {
		return jdbc.sql("select count(*) from mon_kpi_value where period_id = ?").param(periodId).query(Integer.class)
			.single();
	}
}
