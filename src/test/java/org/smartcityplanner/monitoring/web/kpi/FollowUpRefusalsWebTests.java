package org.smartcityplanner.monitoring.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.monitoring.MonitoringFixture;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import jakarta.servlet.http.Cookie;

/** Everything the follow-up refuses, over the API, with nothing saved. */
class FollowUpRefusalsWebTests extends FollowUpWebTestSupport {

	@Test
	void refusesAKpiTheUserDoesNotOwn() throws Exception {
		long period = openQuarter(2);
		submit(secondOwner, period, kpis.get(MonitoringFixture.PERCENT_KPI), "70", "สำรวจ", "")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("monitoring.kpi.rule.notOwner"));
		assertThat(valuesIn(period)).isZero();
	}

	@Test
	void refusesValuesThatDoNotFitTheUnitNamingTheRule() throws Exception {
		long period = openQuarter(2);
		submit(owner, period, kpis.get(MonitoringFixture.COUNT_KPI), "12.5", "ทะเบียนจุดบริการ", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.kpi.rule.value.wholeNumber"));
		submit(owner, period, kpis.get(MonitoringFixture.PERCENT_KPI), "120", "สำรวจ", "เกิน")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("monitoring.kpi.rule.value.percent"));
		submit(owner, period, kpis.get(MonitoringFixture.PERCENT_KPI), "สิบ", "สำรวจ", "")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("ค่า \"สิบ\" ไม่ใช่ตัวเลข"));
		submit(owner, period, kpis.get(MonitoringFixture.PERCENT_KPI), "65", "", "")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("monitoring.kpi.rule.source.required"));
		assertThat(valuesIn(period)).isZero();
	}

	@Test
	void aLockedPeriodRefusesEveryChangeAndStaysLocked() throws Exception {
		long period = openQuarter(3);
		String kpi = kpis.get(MonitoringFixture.COUNT_KPI);
		if (valuesIn(period) == 0) {
			submit(owner, period, kpi, "55", "ทะเบียนจุดบริการ", "").andExpect(status().isCreated());
		}
		if (version(period) == 1) {
			lock(coordinator, period, 1).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("LOCKED"));
		}
		submit(owner, period, kpi, "60", "ทะเบียนจุดบริการ", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.period.rule.notOpen.LOCKED"));
		long valueId = jdbc.sql("select id from mon_kpi_value where period_id = ?").param(period).query(Long.class)
			.single();
		mvc.perform(post("/api/v1/provinces/TH-19/monitoring/values/" + valueId + "/approve").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/provinces/TH-19/monitoring/periods/" + period + "/open").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.period.rule.cannotOpen.LOCKED"));
		assertThat(jdbc.sql("select actual from mon_kpi_value where id = ?").param(valueId)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("55");
	}

	@Test
	void aWorkingGroupMemberReadsButCannotOpenLockOrNameOwners() throws Exception {
		long period = periodId(4);
		mvc.perform(get("/api/v1/provinces/TH-19/monitoring/periods").cookie(owner)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/provinces/TH-19/monitoring/periods/" + period + "/open").cookie(owner).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/provinces/TH-19/monitoring/owners/" + kpis.get(MonitoringFixture.PM_KPI))
			.cookie(owner).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"agency\":\"ใครก็ได้\",\"userId\":" + ownerId + "}")).andExpect(status().isForbidden());
	}

	@Test
	void usersOfAnotherProvinceAreRefusedAndItsIdsAreNotFound() throws Exception {
		Cookie outsider = signedIn("mon.coord15", Role.COORDINATOR, OTHER);
		mvc.perform(get("/p/TH-19/monitoring/periods").cookie(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-19/monitoring/standings").cookie(outsider))
			.andExpect(status().isForbidden());
		// TH-19's period and KPI ids under TH-15's path, by a user who may work in TH-15
		long period = periodId(4);
		mvc.perform(post("/api/v1/provinces/TH-15/monitoring/periods/" + period + "/open").cookie(outsider)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("periodId"));
		mvc.perform(get("/p/TH-15/monitoring/kpis/" + kpis.get(MonitoringFixture.PM_KPI)).cookie(outsider))
			.andExpect(status().isNotFound());
		// an owner account of another province is not a candidate
		long outsiderId = account("mon.coord15", Role.COORDINATOR, OTHER);
		mvc.perform(put("/api/v1/provinces/TH-19/monitoring/owners/" + kpis.get(MonitoringFixture.PM_KPI))
			.cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"agency\":\"หน่วยงานอื่น\",\"userId\":" + outsiderId + ",\"version\":0}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("userId"));
	}

	private ResultActions submit(Cookie session, long period, String kpi, String value, String source, String note)
			throws Exception {
		String body = "{\"periodId\":%d,\"kpiId\":\"%s\",\"value\":\"%s\",\"source\":\"%s\",\"note\":\"%s\"}"
			.formatted(period, kpi, value, source, note);
		return mvc.perform(post("/api/v1/provinces/TH-19/monitoring/values").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions lock(Cookie session, long period, int version) throws Exception {
		return mvc.perform(post("/api/v1/provinces/TH-19/monitoring/periods/" + period + "/lock").cookie(session)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"));
	}
}
