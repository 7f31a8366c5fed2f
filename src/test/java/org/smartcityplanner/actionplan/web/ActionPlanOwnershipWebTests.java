package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coordinator of Uthai Thani (TH-22) sends ids of Chainat (TH-23) under the own province's path: every page
 * and API call is refused as not found, Chainat's data stays as it was and nothing is stored in Uthai Thani.
 */
class ActionPlanOwnershipWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-22");
	static final ProvinceCode OTHER = new ProvinceCode("TH-23");
	static final String PAGES = "/p/TH-22/actionplan";
	static final String API = "/api/v1/provinces/TH-22/actionplan";
	static final String SETTINGS = "{\"maxShiftYears\":0,\"exclusiveGroup\":\"\",\"mandatory\":";
	static final String RUN = "{\"label\":\"x\",\"seed\":1,\"timeLimitSeconds\":1,";

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	ProfileUseCases profile;

	@Test
	void idsOfAnotherProvinceAreNotFoundOnEveryPageAndNothingChanges() throws Exception {
		Cookie session = signedIn("own.coord22", Role.COORDINATOR, OWN);
		Foreign foreign = foreignData();
		String ownProject = foreign.ownProject;

		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				get(PAGES + "/projects/" + foreign.project),
				post(PAGES + "/projects/" + foreign.project + "/budget").param("line_2570_OPERATING", "5"),
				post(PAGES + "/projects/" + foreign.project + "/settings").param("mandatory", "true"),
				post(PAGES + "/projects/" + foreign.project + "/scores").param("score_ALIGNMENT", "5"),
				get(PAGES + "/projects/" + foreign.project + "/proposals/PROV"),
				post(PAGES + "/projects/" + foreign.project + "/proposals/PROV/ready").param("ready", "false"),
				post(PAGES + "/projects/" + ownProject + "/settings").param("dependsOn", foreign.project),
				post(PAGES + "/plan/items").param("year", "2570").param("projectId", foreign.project),
				get(PAGES + "/plan/items/" + foreign.item),
				post(PAGES + "/plan/items/" + foreign.item).param("status", "PLANNED").param("agency", "x"),
				post(PAGES + "/plan/items/" + foreign.item + "/delete"),
				post(PAGES + "/optimiser/minimums/" + foreign.minimum + "/delete"),
				post(PAGES + "/optimiser/minimums").param("target", "AREA:" + foreign.area).param("minCount", "1"),
				get(PAGES + "/runs/" + foreign.run),
				post(PAGES + "/runs/" + foreign.run + "/adopt"),
				post(PAGES + "/runs/" + foreign.run + "/what-if").param("timeLimitSeconds", "1"),
				get(PAGES + "/runs/compare").param("a", String.valueOf(foreign.run)).param("b",
						String.valueOf(foreign.run)) }) {
			mvc.perform(request.cookie(session).with(csrf())).andExpect(status().isNotFound());
		}
		foreign.assertUnchanged(actionPlans);
		assertNothingStoredInOwnProvince(ownProject);
	}

	@Test
	void theApiAnswersNotFoundNamingTheFieldThatCarriedTheForeignId() throws Exception {
		Cookie session = signedIn("own.api22", Role.COORDINATOR, OWN);
		Foreign foreign = foreignData();
		String ownProject = foreign.ownProject;

		Map<MockHttpServletRequestBuilder, String> requests = Map.ofEntries(
				Map.entry(json(put(API + "/projects/" + foreign.project + "/budget"), "{\"split\":{}}"), "projectId"),
				Map.entry(json(put(API + "/projects/" + foreign.project + "/settings").param("version", "0"),
						SETTINGS + "true}"), "projectId"),
				Map.entry(json(put(API + "/projects/" + foreign.project + "/scores"), "{\"ALIGNMENT\":5}"), "projectId"),
				Map.entry(get(API + "/projects/" + foreign.project + "/proposals/PROV"), "projectId"),
				Map.entry(json(put(API + "/projects/" + ownProject + "/settings").param("version", "0"),
						"{\"dependsOn\":\"" + foreign.project + "\",\"maxShiftYears\":0,\"mandatory\":false}"), "dependsOn"),
				Map.entry(json(put(API + "/items/" + foreign.item), "{\"funding\":{},\"version\":1}"), "itemId"),
				Map.entry(delete(API + "/items/" + foreign.item), "itemId"),
				Map.entry(delete(API + "/minimums/" + foreign.minimum), "id"),
				Map.entry(json(post(API + "/minimums"), "{\"id\":0,\"minSharePercent\":0,\"minCount\":1,"
						+ "\"scope\":\"AREA\",\"code\":\"" + foreign.area + "\"}"), "code"),
				Map.entry(get(API + "/runs/" + foreign.run), "runId"),
				Map.entry(post(API + "/runs/" + foreign.run + "/adopt"), "runId"),
				Map.entry(json(post(API + "/runs"), RUN + "\"basedOn\":" + foreign.run + "}"), "basedOn"),
				Map.entry(json(post(API + "/runs"), RUN + "\"mandatory\":{\"" + foreign.project + "\":true}}"),
						"mandatory"));
		for (var request : requests.entrySet()) {
			mvc.perform(request.getKey().cookie(session).with(csrf())).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.field").value(request.getValue()));
		}
		foreign.assertUnchanged(actionPlans);
		assertNothingStoredInOwnProvince(ownProject);
	}

	@Test
	void deletingAMinimumOrItemThatIsAlreadyGoneSaysNotFoundInsteadOfDeleted() throws Exception {
		Cookie session = signedIn("own.del22", Role.COORDINATOR, OWN);
		foreignData();
		actionPlans.addMinimum(OWN, new MinimumRule(0, "DIMENSION", "ENV", 1, 0));
		long minimum = actionPlans.minimums(OWN).get(0).id();
		mvc.perform(delete(API + "/minimums/" + minimum).cookie(session).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(delete(API + "/minimums/" + minimum).cookie(session).with(csrf())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("id"));
		mvc.perform(post(PAGES + "/optimiser/minimums/" + minimum + "/delete").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(delete(API + "/items/987654321").cookie(session).with(csrf())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("itemId"));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/**
	 * Chainat's project, action item, minimum, target area and optimiser run, and Uthai Thani's own plan, made once
	 * for the class (each province has one plan).
	 */
	private Foreign foreignData() {
		synchronized (ActionPlanOwnershipWebTests.class) {
			if (Foreign.made == null) {
				String project = ActionPlanFixtures.planWithProjects(plans, OTHER, Map.of("ระบบไฟถนนอัจฉริยะ", 3_000_000L))
					.get(0);
				actionPlans.saveScores(OTHER, project, Map.of(Criterion.ALIGNMENT, new BigDecimal("4")));
				long item = actionPlans.addActionItem(OTHER, new FiscalYear(2570), project);
				actionPlans.addMinimum(OTHER, new MinimumRule(0, "DIMENSION", "ENV", 1, 0));
				long minimum = actionPlans.minimums(OTHER).get(0).id();
				long area = profile.addArea(OTHER, new LocalizedText("ย่านตลาดเก่า", null), AreaType.OLD_TOWN, null, null)
					.id();
				long run = actionPlans.startRun(OTHER, RunRequest.current("ของชัยนาท", 1, 1));
				String own = ActionPlanFixtures.planWithProjects(plans, OWN, Map.of("ศูนย์ข้อมูลเมือง", 1_000_000L)).get(0);
				Foreign.made = new Foreign(project, item, minimum, area, run, own);
			}
			return Foreign.made;
		}
	}

	private void assertNothingStoredInOwnProvince(String ownProject) {
		assertThat(actionPlans.actionItems(OWN)).isEmpty();
		assertThat(actionPlans.minimums(OWN)).isEmpty();
		assertThat(actionPlans.runs(OWN)).isEmpty();
		assertThat(actionPlans.project(OWN, ownProject).orElseThrow().budget().settings().dependsOn()).isNull();
	}

	private static final class Foreign {

		static Foreign made;

		final String project;
		final long item;
		final long minimum;
		final long area;
		final long run;
		final String ownProject;

		Foreign(String project, long item, long minimum, long area, long run, String ownProject) {
			this.ownProject = ownProject;
			this.project = project;
			this.item = item;
			this.minimum = minimum;
			this.area = area;
			this.run = run;
		}

		void assertUnchanged(ActionPlanUseCases actionPlans) {
			var budget = actionPlans.project(OTHER, project).orElseThrow().budget();
			assertThat(budget.sheet().lines()).isEmpty();
			assertThat(budget.settings().mandatory()).isFalse();
			assertThat(budget.scores()).hasSize(1);
			assertThat(budget.scores().get(Criterion.ALIGNMENT)).isEqualByComparingTo("4");
			assertThat(actionPlans.actionItems(OTHER)).singleElement()
				.satisfies(stored -> assertThat(stored.id()).isEqualTo(item));
			assertThat(actionPlans.minimums(OTHER)).singleElement()
				.satisfies(stored -> assertThat(stored.id()).isEqualTo(minimum));
			assertThat(actionPlans.runs(OTHER)).singleElement()
				.satisfies(stored -> assertThat(stored.id()).isEqualTo(run));
		}
	}
}
