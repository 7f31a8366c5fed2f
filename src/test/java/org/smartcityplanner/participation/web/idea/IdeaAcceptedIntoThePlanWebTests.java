package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * An idea of TH-72 becomes a project of TH-72's plan: a project of TH-80's plan is refused (page and API, nothing
 * stored), the chosen project then shows the idea "from the public" on the plan, and the author's personal link
 * shows the project with a link to the idea's public page and takes one rating, which staff see as the average.
 */
class IdeaAcceptedIntoThePlanWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-72");
	static final ProvinceCode OTHER = new ProvinceCode("TH-80");
	static final String BASE = "/p/TH-72/participation/ideas";
	static final String API = "/api/v1/provinces/TH-72/ideas";

	@Autowired
	IdeaApi ideas;
	@Autowired
	PlanUseCases plans;

	@Test
	void aForeignPlanItemIsRefusedAndTheChosenOneShowsTheIdeaFromThePublicToPlanAndAuthor() throws Exception {
		ItemId project = projectIn(PROVINCE, "ลานกีฬาชุมชนริมน้ำ");
		ItemId foreign = projectIn(OTHER, "ท่าเรือสำราญของจังหวัดอื่น");
		IdeaProposal proposal = StaffIdeaFixtures.propose(ideas, PROVINCE, "ลานออกกำลังกายริมแม่น้ำ");
		IdeaView idea = proposal.idea();
		String version = String.valueOf(idea.version());
		Cookie coordinator = signedIn("ideas.coordinator72", Role.COORDINATOR, PROVINCE);

		mvc.perform(get(BASE + "/" + idea.id()).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ลานกีฬาชุมชนริมน้ำ")))
			.andExpect(content().string(not(containsString("ท่าเรือสำราญของจังหวัดอื่น"))));
		mvc.perform(post(BASE + "/" + idea.id() + "/accept").cookie(coordinator).with(csrf()).param("version", version)
			.param("planItem", "plan.item:" + foreign)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ไม่ใช่รายการในแผนของจังหวัดนี้")));
		mvc.perform(post(API + "/" + idea.id() + "/accept").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"planItem\":\"plan.item:" + foreign + "\"}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("planItem"));
		mvc.perform(post(API + "/" + idea.id() + "/accept").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("planItem"));
		assertThat(ideas.find(PROVINCE, idea.id()).orElseThrow().status()).isEqualTo(IdeaStatus.PUBLISHED);
		mvc.perform(get(API + "/plan-items").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == 'ลานกีฬาชุมชนริมน้ำ')].kind").value("PROJECT"))
			.andExpect(jsonPath("$[?(@.title == 'ท่าเรือสำราญของจังหวัดอื่น')]").isEmpty());

		mvc.perform(post(BASE + "/" + idea.id() + "/accept").cookie(coordinator).with(csrf()).param("version", version)
			.param("planItem", "plan.item:" + project)).andExpect(redirectedUrl(BASE + "/" + idea.id()));
		IdeaView accepted = ideas.find(PROVINCE, idea.id()).orElseThrow();
		assertThat(accepted.status()).isEqualTo(IdeaStatus.ACCEPTED);
		assertThat(accepted.acceptedTitle()).isEqualTo("ลานกีฬาชุมชนริมน้ำ");
		// the plan links the project to the idea once the event is handled, after the accepting transaction
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from pln_item_source where item_id = ? and source_type = 'participation.idea'
				and source_id = ?""").params(project.value(), String.valueOf(idea.id())).query(Long.class).single() == 1);
		mvc.perform(get("/p/TH-72/plan/items/" + project.value() + "/sources").cookie(coordinator))
			.andExpect(status().isOk()).andExpect(content().string(containsString("จากข้อเสนอของประชาชน")))
			.andExpect(content().string(containsString("ลานออกกำลังกายริมแม่น้ำ")))
			.andExpect(content().string(containsString("/public/TH-72/ideas/" + idea.id())));
		mvc.perform(get("/p/TH-72/plan").param("dimension", "ENV").cookie(coordinator))
			.andExpect(content().string(containsString("จากข้อเสนอของประชาชน")));

		String mine = "/public/TH-72/ideas/mine/" + proposal.authorSecret();
		mvc.perform(get(mine)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ลานกีฬาชุมชนริมน้ำ")))
			.andExpect(content().string(containsString("href=\"/public/TH-72/ideas/" + idea.id() + "\"")))
			.andExpect(content().string(containsString("id=\"rating-form\"")));
		mvc.perform(post(mine + "/rating").with(csrf()).param("rating", "6"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("1 ถึง 5")));
		mvc.perform(post(mine + "/rating").with(csrf()).param("rating", "4").param("comment", "ดีใจที่ได้รับ"))
			.andExpect(redirectedUrl(mine));
		mvc.perform(post(mine + "/rating").with(csrf()).param("rating", "1")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ให้คะแนนได้ครั้งเดียว")));
		assertThat(ideas.find(PROVINCE, idea.id()).orElseThrow().authorRating()).isEqualTo(4);
		mvc.perform(get(mine)).andExpect(content().string(containsString("4 จาก 5")))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
		mvc.perform(get("/public/TH-72/ideas/mine/" + "x".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-80/ideas/mine/" + proposal.authorSecret())).andExpect(status().isNotFound());

		mvc.perform(get(API + "/ratings").cookie(coordinator)).andExpect(jsonPath("$.rated").value(1))
			.andExpect(jsonPath("$.average").value(4.0));
		mvc.perform(get(BASE).cookie(coordinator)).andExpect(content().string(containsString("คะแนนเฉลี่ย 4.0 จาก 5")));
	}

	/** A project in the province's plan, the plan started when the province has none yet. */
	private ItemId projectIn(ProvinceCode province, String name) {
		if (plans.plan(province).isEmpty()) {
			plans.startPlan(province, "แผนทดสอบข้อเสนอของประชาชน", PlanFixtures.PERIOD);
		}
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "เมืองน่าอยู่ริมน้ำ"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("พื้นที่สาธารณะ"));
		Project project = PlanFixtures.project(name, Set.of());
		plans.addProject(province, strategy, project);
		return project.id();
	}
}
