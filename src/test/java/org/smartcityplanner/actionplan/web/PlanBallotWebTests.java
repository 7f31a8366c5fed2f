package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.BallotFixtures;
import org.smartcityplanner.actionplan.OpenedBallot;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Staff of Kalasin (TH-46) put plan projects to a vote from the action plan's page and API. Roi Et (TH-45) is the
 * other province, whose project ids are refused. (The ballot tests' TH-69 is no province of the reference list, and
 * pages answer 404 for it; these two codes are used by no other test of this module's context.)
 */
@ActionPlanModuleTest
class PlanBallotWebTests extends ModuleWebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-46");
	static final ProvinceCode OTHER = new ProvinceCode("TH-45");
	static final String PAGE = "/p/TH-46/actionplan/ballots";
	static final String API = "/api/v1/provinces/TH-46/actionplan/ballots";

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	@Test
	void aCoordinatorOpensABallotOfEveryCostedProjectAndIsSentToTheBallotsPageInParticipation() throws Exception {
		List<String> ids = BallotFixtures.projects(plans, actionPlans, PROVINCE);
		Cookie session = signedIn("ballot.coord46", Role.COORDINATOR, PROVINCE);
		actionPlans.saveEnvelopes(PROVINCE, Map.of("PROV", Map.of(2570, Baht.of(6_000_000)), "FUNC",
				Map.of(2570, Baht.of(3_000_000), 2571, Baht.of(9_000_000))));

		mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"APPROVAL\" checked")))
			.andExpect(content().string(containsString("ปีงบประมาณ 2570 รวมกัน ขณะนี้ 9,000,000.00 บาท")))
			.andExpect(content().string(containsString("8 × (จำนวนผู้เลือกโครงการ")))
			.andExpect(content().string(containsString("value=\"" + ids.get(6) + "\" checked")));

		var form = post(PAGE).cookie(session).with(csrf()).param("title", "เลือกโครงการปีงบประมาณ 2570")
			.param("kind", "K_APPROVAL").param("maxChoices", "2").param("budget", "");
		ids.forEach(id -> form.param("projectIds", id));
		mvc.perform(form).andExpect(redirectedUrlPattern("/p/TH-46/participation/ballots/*"));

		OpenedBallot opened = actionPlans.ballots(PROVINCE).get(0);
		assertThat(opened.title()).isEqualTo("เลือกโครงการปีงบประมาณ 2570");
		assertThat(opened.kind()).isEqualTo(BallotKind.K_APPROVAL);
		assertThat(opened.budget()).isEqualTo(Baht.of(9_000_000));
		assertThat(opened.closedAt()).isNull();
		assertThat(jdbc.sql("select count(*) from par_ballot_item i join par_ballot b on b.id = i.ballot_id "
				+ "where b.id = ? and b.province_code = 'TH-46'").param(opened.ballotId()).query(Long.class).single())
			.isEqualTo(ids.size());
		mvc.perform(get(PAGE).cookie(session)).andExpect(content().string(containsString("เลือกได้ไม่เกิน k โครงการ")))
			.andExpect(content().string(containsString("/p/TH-46/participation/ballots/" + opened.ballotId())));
	}

	@Test
	void theApiCreatesTheBallotAndRefusesAnEmptySelectionNamingTheField() throws Exception {
		List<String> ids = BallotFixtures.projects(plans, actionPlans, PROVINCE);
		Cookie session = signedIn("ballot.api46", Role.CONSULTANT, PROVINCE);
		List<Long> before = ballotsStored();

		mvc.perform(json(API, session, "{\"title\":\"ไม่มีโครงการ\",\"kind\":\"APPROVAL\",\"budget\":1000000,"
				+ "\"projectIds\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("projectIds")));
		mvc.perform(post(PAGE).cookie(session).with(csrf()).param("title", "ไม่มีโครงการ").param("kind", "APPROVAL"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("(ช่อง projectIds)")))
			.andExpect(content().string(containsString("value=\"ไม่มีโครงการ\"")));
		mvc.perform(json(API, session, "{\"title\":\"x\",\"kind\":\"APPROVAL\",\"budget\":1.005,\"projectIds\":[\""
				+ ids.get(0) + "\",\"" + ids.get(1) + "\"]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("budget")));
		assertThat(ballotsStored()).isEqualTo(before);

		mvc.perform(json(API, session, "{\"title\":\"โครงการด้านข้อมูล\",\"kind\":\"KNAPSACK\",\"budget\":6000000,"
				+ "\"projectIds\":[\"" + ids.get(1) + "\",\"" + ids.get(3) + "\"]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.ballotId").isNumber())
			.andExpect(jsonPath("$.ballotPage").value(matchesPattern("/p/TH-46/participation/ballots/\\d+")));
		assertThat(ballotsStored()).containsExactly(before.get(0) + 1, before.get(1) + 1);
		assertThat(actionPlans.ballots(PROVINCE)).extracting(OpenedBallot::title).contains("โครงการด้านข้อมูล");
	}

	@Test
	void aProjectOfAnotherProvinceIsNotFoundNamingTheFieldAndNothingIsStored() throws Exception {
		List<String> ids = BallotFixtures.projects(plans, actionPlans, PROVINCE);
		String foreign = foreignProject();
		Cookie session = signedIn("ballot.coord46f", Role.COORDINATOR, PROVINCE);
		List<Long> before = ballotsStored();

		mvc.perform(json(API, session, "{\"title\":\"ปน\",\"kind\":\"APPROVAL\",\"budget\":1000000,\"projectIds\":[\""
				+ ids.get(0) + "\",\"" + foreign + "\"]}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("projectIds"));
		mvc.perform(post(PAGE).cookie(session).with(csrf()).param("title", "ปน").param("kind", "APPROVAL")
			.param("budget", "1000000").param("projectIds", ids.get(0), foreign)).andExpect(status().isNotFound());

		assertThat(ballotsStored()).isEqualTo(before);
		assertThat(actionPlans.ballots(OTHER)).isEmpty();
		assertThat(jdbc.sql("select count(*) from par_ballot where province_code = 'TH-45'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aMemberSeesTheScoresButCannotOpenABallotAndAnotherProvincesCoordinatorIsRefused() throws Exception {
		List<String> ids = BallotFixtures.projects(plans, actionPlans, PROVINCE);
		List<Long> before = ballotsStored();
		String body = "{\"title\":\"x\",\"kind\":\"APPROVAL\",\"budget\":1000000,\"projectIds\":[\"" + ids.get(0)
				+ "\",\"" + ids.get(1) + "\"]}";
		Cookie member = signedIn("ballot.member46", Role.WORKING_GROUP, PROVINCE);
		mvc.perform(get(PAGE).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"open-ballot\""))))
			.andExpect(content().string(containsString("id=\"public-support\"")));
		mvc.perform(post(PAGE).cookie(member).with(csrf()).param("title", "x").param("kind", "APPROVAL")
			.param("projectIds", ids.get(0), ids.get(1))).andExpect(status().isForbidden());
		mvc.perform(json(API, member, body)).andExpect(status().isForbidden());

		Cookie stranger = signedIn("ballot.coord45", Role.COORDINATOR, OTHER);
		mvc.perform(get(PAGE).cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(json(API, stranger, body)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-46/actionplan/public-support").cookie(stranger))
			.andExpect(status().isForbidden());
		assertThat(ballotsStored()).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(String url, Cookie session,
			String body) {
		return post(url).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** The ballots the action plan recorded and those participation stored, in that order. */
	private List<Long> ballotsStored() {
		return List.of(jdbc.sql("select count(*) from acp_ballot").query(Long.class).single(),
				jdbc.sql("select count(*) from par_ballot").query(Long.class).single());
	}

	/** Roi Et's one plan project, made once per context. */
	private String foreignProject() {
		synchronized (PlanBallotWebTests.class) {
			if (plans.plan(OTHER).isEmpty()) {
				ActionPlanFixtures.planWithProjects(plans, OTHER, Map.of("ระบบไฟถนนอัจฉริยะร้อยเอ็ด", 3_000_000L));
			}
			return actionPlans.projects(OTHER).get(0).id();
		}
	}
}
