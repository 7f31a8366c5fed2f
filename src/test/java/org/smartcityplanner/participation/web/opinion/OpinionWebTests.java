package org.smartcityplanner.participation.web.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The opinion map's pages and API for each role, the public, and another province's user; bad input named by its
 * field, never a 500. TH-74 (Samut Sakhon; the assigned TH-68 is no province code) has no process, so the tool is open; a user of TH-67 only reads (nothing is
 * stored in TH-67).
 */
class OpinionWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-74");
	static final String STAFF = "/p/TH-74/participation/opinions";

	@Autowired
	OpinionService opinions;
	@Autowired
	OpinionAnalyses analyses;

	@Test
	void theProvinceTeamOpensAConversationAndTheWorkingGroupOnlyReads() throws Exception {
		Cookie coordinator = signedIn("opinion.coordinator74", Role.COORDINATOR, PROVINCE);
		Cookie consultant = signedIn("opinion.consultant74", Role.CONSULTANT, PROVINCE);
		Cookie group = signedIn("opinion.group74", Role.WORKING_GROUP, PROVINCE);

		String location = mvc.perform(post(STAFF).cookie(coordinator).with(csrf()).param("topic", "ขนส่งสาธารณะพังงา")
			.param("citizenStatements", "true")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(STAFF + "/" + id + "/statements").cookie(consultant).with(csrf())
			.param("text", "ควรมีรถสองแถวไฟฟ้าวิ่งรอบเมือง")).andExpect(flash().attribute("flashSuccess",
					"opinion.staff.statementAdded"));

		mvc.perform(get(STAFF + "/" + id).cookie(group)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ควรมีรถสองแถวไฟฟ้าวิ่งรอบเมือง")))
			.andExpect(content().string(not(containsString("id=\"add-statement\""))));
		mvc.perform(post(STAFF).cookie(group).with(csrf()).param("topic", "ไม่ควรเปิดได้"))
			.andExpect(status().isForbidden());
		mvc.perform(post(STAFF + "/" + id + "/statements").cookie(group).with(csrf()).param("text", "ไม่ควรเพิ่มได้"))
			.andExpect(status().isForbidden());
		assertThat(opinions.statements(PROVINCE, id)).hasSize(1);
	}

	@Test
	void anotherProvincesUserAndAnotherProvincesIdsAreKeptOut() throws Exception {
		Conversation conversation = opinions.create(PROVINCE, "ที่จอดรถริมหาด", "", false);
		Cookie stranger = signedIn("opinion.coordinator67", Role.COORDINATOR, new ProvinceCode("TH-67"));
		Cookie admin = signedIn("opinion.admin", Role.ADMIN);

		mvc.perform(get(STAFF + "/" + conversation.id()).cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(post(STAFF + "/" + conversation.id() + "/statements").cookie(stranger).with(csrf())
			.param("text", "ไม่ควรเพิ่มได้")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-74/opinions").cookie(stranger)).andExpect(status().isForbidden());
		// the id exists, but in TH-74: asked for under TH-67 it is not found
		mvc.perform(get("/p/TH-67/participation/opinions/" + conversation.id()).cookie(admin))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/provinces/TH-67/opinions/" + conversation.id()).cookie(admin))
			.andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-67/opinions/" + conversation.id())).andExpect(status().isNotFound());
		assertThat(opinions.statements(PROVINCE, conversation.id())).isEmpty();
	}

	@Test
	void aCitizenVotesWithoutAnAccountAndMayChangeTheVote() throws Exception {
		Conversation conversation = opinions.create(PROVINCE, "ไฟส่องสว่างในซอย", "", false);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ซอยในเมืองควรมีไฟทุก 30 เมตร").id();
		String page = "/public/TH-74/opinions/" + conversation.id();

		mvc.perform(get(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ซอยในเมืองควรมีไฟทุก 30 เมตร")));
		Cookie phone = mvc.perform(post(page + "/votes").with(csrf()).param("statementId", "" + statement)
			.param("vote", "agree")).andExpect(flash().attribute("flashSuccess", "opinion.public.voted"))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post(page + "/votes").cookie(phone).with(csrf()).param("statementId", "" + statement)
			.param("vote", "disagree")).andExpect(flash().attribute("flashSuccess", "opinion.public.voted"));

		assertThat(analyses.votes(PROVINCE, conversation.id())).singleElement()
			.satisfies(v -> assertThat(v.value()).isEqualTo(VoteValue.DISAGREE));
		mvc.perform(get(page).cookie(phone)).andExpect(content().string(containsString("id=\"mine" + statement)));
		mvc.perform(post(page + "/votes").param("statementId", "" + statement).param("vote", "agree"))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNeverFails() throws Exception {
		Cookie coordinator = signedIn("opinion.coordinator74", Role.COORDINATOR, PROVINCE);
		Conversation conversation = opinions.create(PROVINCE, "สวนสาธารณะ", "", true);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ควรมีสวนใกล้บ้านในระยะเดิน").id();
		String tooLong = "ก".repeat(141);

		mvc.perform(post(STAFF).cookie(coordinator).with(csrf()).param("topic", " "))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"topic-error\"")));
		mvc.perform(post(STAFF + "/" + conversation.id() + "/statements").cookie(coordinator).with(csrf())
			.param("text", tooLong)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content().string(containsString("141")));
		mvc.perform(post("/api/v1/provinces/TH-74/opinions/" + conversation.id() + "/statements").cookie(coordinator)
			.with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"\"}")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.detail").value("Type the statement."));
		String votes = "/api/v1/public/TH-74/opinions/" + conversation.id() + "/votes";
		mvc.perform(post(votes).contentType(MediaType.APPLICATION_JSON)
			.content("{\"statementId\": " + statement + ", \"vote\": \"maybe\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vote"));
		mvc.perform(post(votes).contentType(MediaType.APPLICATION_JSON).content("{\"vote\": \"agree\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("statementId"));
		mvc.perform(post(votes).contentType(MediaType.APPLICATION_JSON).content("{\"statementId\": 999999999, "
				+ "\"vote\": \"agree\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/public/TH-74/opinions/" + conversation.id() + "/votes").with(csrf())
			.param("statementId", "" + statement).param("vote", "maybe"))
			.andExpect(flash().attribute("flashError", "opinion.problem.vote.invalid"));
		mvc.perform(get("/public/TH-74/opinions/not-a-number")).andExpect(status().isNotFound());
		assertThat(analyses.votes(PROVINCE, conversation.id())).isEmpty();
	}

	@Test
	void aClosedConversationRefusesVotesWithAClearMessage() throws Exception {
		Conversation conversation = opinions.create(PROVINCE, "ท่าเรือท่องเที่ยว", "", false);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ควรมีป้ายบอกทางสองภาษา").id();
		opinions.setOpen(PROVINCE, conversation.id(), conversation.version(), false);
		String page = "/public/TH-74/opinions/" + conversation.id();

		mvc.perform(get(page)).andExpect(content().string(containsString("id=\"closed-message\"")));
		mvc.perform(post(page + "/votes").with(csrf()).param("statementId", "" + statement).param("vote", "agree"))
			.andExpect(flash().attribute("flashError", "opinion.public.closed"));
		mvc.perform(post("/api/v1/public/TH-74/opinions/" + conversation.id() + "/votes")
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"statementId\": " + statement + ", \"vote\": \"agree\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("opinion.public.closed"))
			.andExpect(jsonPath("$.detail").value(containsString("closed")));
		assertThat(analyses.votes(PROVINCE, conversation.id())).isEmpty();
	}

	@Test
	void staffComputeThePublishedMapAndItsTableOverPagesAndApi() throws Exception {
		Cookie coordinator = signedIn("opinion.coordinator74", Role.COORDINATOR, PROVINCE);
		Conversation conversation = opinions.create(PROVINCE, "การจัดการขยะ", "", false);
		List<String> texts = List.of("ควรแยกขยะที่ต้นทาง", "ควรเก็บค่าขยะตามน้ำหนัก", "ควรมีจุดรับขยะรีไซเคิล",
				"ควรเผาขยะในเตาเผาของเทศบาล", "ควรฝังกลบนอกเมือง", "ควรห้ามถุงพลาสติก", "ควรให้ชุมชนทำปุ๋ยหมัก",
				"ควรเพิ่มรอบเก็บขยะ");
		List<Long> ids = texts.stream().map(t -> opinions.addStatement(PROVINCE, conversation.id(), t).id()).toList();
		for (int p = 0; p < 16; p++) {
			for (int j = 0; j < ids.size(); j++) {
				boolean agree = j == 0 || (j < 4) == (p < 8);
				opinions.vote(PROVINCE, conversation.id(), ids.get(j),
						j == 1 + p % 7 ? VoteValue.PASS : agree ? VoteValue.AGREE : VoteValue.DISAGREE, "s:w" + p);
			}
		}
		String page = STAFF + "/" + conversation.id();

		mvc.perform(post(page + "/analysis").cookie(coordinator).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "opinion.staff.computed"));
		mvc.perform(get(page).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-chart\"")))
			.andExpect(content().string(containsString("id=\"groups-table\"")))
			.andExpect(content().string(containsString("id=\"consensus\"")));
		mvc.perform(get("/public/TH-74/opinions/" + conversation.id()))
			.andExpect(content().string(not(containsString("id=\"opinion-chart\""))));
		mvc.perform(get("/api/v1/public/TH-74/opinions/" + conversation.id() + "/analysis"))
			.andExpect(status().isNotFound());

		Conversation current = opinions.conversation(PROVINCE, conversation.id());
		mvc.perform(post(page + "/publication").cookie(coordinator).with(csrf())
			.param("version", "" + current.version()).param("public", "true"))
			.andExpect(flash().attribute("flashSuccess", "opinion.staff.published"));
		mvc.perform(get("/public/TH-74/opinions/" + conversation.id()))
			.andExpect(content().string(containsString("id=\"opinion-chart\"")));
		mvc.perform(get("/api/v1/public/TH-74/opinions/" + conversation.id() + "/analysis"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.consensus[0].text").value("ควรแยกขยะที่ต้นทาง"));
		mvc.perform(get("/api/v1/provinces/TH-74/opinions/" + conversation.id() + "/analysis").cookie(coordinator))
			.andExpect(status().isOk()).andExpect(jsonPath("$.placed").value(16));
	}

	@Test
	void aCitizensStatementWaitsForModerationAndIsStoredOnceOverTheApi() throws Exception {
		Cookie coordinator = signedIn("opinion.coordinator74", Role.COORDINATOR, PROVINCE);
		Conversation conversation = opinions.create(PROVINCE, "ชายหาดสะอาด", "", true);
		String base = "/api/v1/public/TH-74/opinions/" + conversation.id();
		String stamp = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(base)).andReturn().getResponse()
			.getContentAsString(), "$.stamp");
		Thread.sleep(3100);
		String body = "{\"text\": \"ควรมีถังขยะแยกประเภทริมหาด\", \"idempotencyKey\": \"key-opinion-74-000001\", "
				+ "\"stamp\": \"" + stamp + "\"}";

		mvc.perform(post(base + "/statements").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post(base + "/statements").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_STORED"));

		assertThat(opinions.statements(PROVINCE, conversation.id())).singleElement()
			.satisfies(s -> assertThat(s.byCitizen()).isTrue());
		assertThat(opinions.shownStatements(PROVINCE, conversation.id())).isEmpty();
		long id = opinions.statements(PROVINCE, conversation.id()).get(0).id();
		mvc.perform(post("/api/v1/provinces/TH-74/opinions/" + conversation.id() + "/statements/" + id + "/moderation")
			.cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"show\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SHOWN"));
		mvc.perform(get(base)).andExpect(jsonPath("$.statements[0].text").value("ควรมีถังขยะแยกประเภทริมหาด"));
	}
}
