package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input to the optimiser API (issue 16): refused with 400 naming the field, in the user's language, with
 * nothing stored; never a 500, never accepted and ignored. Years and run numbers print as written ("2571", not
 * "2,571"). TH-14 is only read (as "another province", never written) by JobStoreTests; no other test uses it.
 */
@ActionPlanModuleTest
class OptimiserBadInputWebTests extends ModuleWebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-14");
	private static final String API = "/api/v1/provinces/TH-14/actionplan";
	private static final java.util.concurrent.atomic.AtomicInteger SIGN_INS = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	@Test
	void runRequestsThatCannotBeUsedAreRefusedNamingTheFieldAndNoRunIsSaved() throws Exception {
		Cookie session = coordinatorWithPlan();
		long base = run(session, "{\"label\":\"base\",\"timeLimitSeconds\":1,\"seed\":3}");
		String baseId = String.valueOf(base);

		refused(session, "{\"envelopes\":{\"PROV\":{\"2571\":null}}}", "envelopes.PROV.2571");
		refused(session, "{\"envelopes\":{\"PROV\":null}}", "envelopes.PROV");
		refused(session, "{\"envelopes\":{\"PROV\":{\"2571\":-5}}}", "2571");
		refused(session, "{\"envelopes\":{\"PROV\":{\"2571\":100.005}}}", "envelopes.PROV.2571");
		refused(session, "{\"envelopes\":{\"PROV\":{\"2590\":1000}}}", "envelopes.PROV.2590");
		refused(session, "{\"envelopes\":{\"PROV\":{\"0\":1000}}}", "envelopes.PROV.0");
		refused(session, "{\"timeLimitSeconds\":1.5}", "timeLimitSeconds");
		refused(session, "{\"basedOn\":" + baseId + ",\"envelopes\":{\"NOPE\":{\"2571\":1000}}}", "NOPE");
		refused(session, "{\"basedOn\":" + baseId + ",\"envelopes\":{\"PROV\":{\"2599\":1000}}}",
				"envelopes.PROV.2599");
		refused(session, "{\"basedOn\":" + baseId + ",\"mandatory\":{\"" + java.util.UUID.randomUUID() + "\":true}}",
				"mandatory");
		refused(session, "{\"basedOn\":" + baseId + ",\"mandatory\":{\"x\":null}}", "mandatory");

		assertThat(actionPlans.runs(PROVINCE)).extracting(OptimiserRun::id).containsExactly(base);
	}

	@Test
	void seedAndTimeLimitMayBeLeftOutAndTakeTheirDocumentedDefaults() throws Exception {
		Cookie session = coordinatorWithPlan();

		long id = run(session, "{\"label\":\"defaults\"}");

		OptimiserRun run = actionPlans.run(PROVINCE, id).orElseThrow();
		assertThat(run.seed()).isZero();
		assertThat(run.timeLimitSeconds()).isEqualTo(10);
	}

	@Test
	void envelopesWithoutYearsOrOutsideThePlanPeriodAreNotStored() throws Exception {
		Cookie session = coordinatorWithPlan();
		Map<String, Map<Integer, Baht>> before = actionPlans.envelopes(PROVINCE);

		mvc.perform(put(API + "/envelopes").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"PROV\":null}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("PROV")));
		for (String year : List.of("2599", "2569", "0")) {
			mvc.perform(put(API + "/envelopes").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"PROV\":{\"" + year + "\":1000}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(allOf(containsString("PROV." + year), containsString("2570"))));
		}

		assertThat(actionPlans.envelopes(PROVINCE)).isEqualTo(before);
	}

	@Test
	void aBudgetYearAboveTenBillionBahtIsRefusedBeforeItReachesTheOptimiser() throws Exception {
		Cookie session = coordinatorWithPlan();
		String project = actionPlans.projects(PROVINCE).get(0).id();

		mvc.perform(put(API + "/projects/" + project + "/budget").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lines\":{\"2571\":{\"OPERATING\":10000000000,\"INVESTMENT\":10000000000}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("2571"), not(containsString("2,571")))));

		assertThat(actionPlans.project(PROVINCE, project).orElseThrow().budget().sheet().total()).isEqualTo(Baht.ZERO);
	}

	@Test
	void anUnknownRunNumberIsPrintedAsWritten() throws Exception {
		Cookie session = coordinatorWithPlan();

		mvc.perform(get(API + "/runs/999999").cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("999999"), not(containsString("999,999")))));
	}

	private Cookie coordinatorWithPlan() throws Exception {
		Cookie session = signedIn("acp.coord14." + SIGN_INS.incrementAndGet(), Role.COORDINATOR, PROVINCE);
		if (actionPlans.projects(PROVINCE).isEmpty()) {
			ActionPlanFixtures.planWithProjects(plans, PROVINCE, Map.of("ศูนย์ข้อมูลเมือง", 3_000_000L));
		}
		return session;
	}

	private long run(Cookie session, String body) throws Exception {
		String location = mvc.perform(post(API + "/runs").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private ResultActions refused(Cookie session, String body, String field) throws Exception {
		return mvc.perform(post(API + "/runs").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(allOf(containsString(field), not(containsString("2,5")))));
	}
}
