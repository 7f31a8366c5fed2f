package org.smartcityplanner.participation.web.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.BallotFixtures;
import org.smartcityplanner.participation.internal.ballot.BallotItemView;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ballots over the pages and the API: the province team drafts, opens, enters paper ballots (a second person
 * confirms) and closes; the working group reads only; another province's staff are refused; a citizen votes on
 * the phone page without JavaScript (idempotent, a knapsack over the budget refused with the numbers, a closed
 * ballot refused) and reads the result and why their choices won or lost. TH-82 (Phang Nga) only.
 */
class BallotWebTests extends WebTestSupport {

	static final String API = "/api/v1/provinces/TH-82/ballots";

	@Autowired
	ProcessUseCases process;
	@Autowired
	BallotService ballots;
	@Autowired
	PublicFormGuard guard;

	Cookie coordinator;

	@BeforeEach
	void province() throws Exception {
		BallotFixtures.openPhase(process, BallotFixtures.WEB);
		coordinator = signedIn("ballot.coord82", Role.COORDINATOR, BallotFixtures.WEB);
	}

	long draft(String kind) throws Exception {
		String body = """
				{"title": "งบประมาณแบบมีส่วนร่วม เมืองพังงา", "kind": "%s", "budget": 10000000, "items": [
				{"ref": "plan.project:PN-1", "title": "ทางเดินริมคลองเมืองพังงา", "cost": 6000000},
				{"ref": "plan.project:PN-2", "title": "ไฟถนนพลังแสงอาทิตย์", "cost": 4000000},
				{"ref": "plan.project:PN-3", "title": "จุดรับส่งรถสาธารณะอัจฉริยะ", "cost": 3000000}]}""".formatted(kind);
		String created = mvc.perform(post(API).cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
	}

	long opened(String kind) throws Exception {
		long id = draft(kind);
		mvc.perform(post(API + "/" + id + "/open").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		return id;
	}

	List<Long> items(long id) {
		return ballots.find(BallotFixtures.WEB, id).items().stream().map(BallotItemView::id).toList();
	}

	/** A vote from a phone: its session cookie (sessions live in the database), or none for a first visit. */
	MockHttpServletRequestBuilder vote(long id, Cookie phone, String address, String key, List<Long> choices) {
		MockHttpServletRequestBuilder post = post("/public/TH-82/ballots/" + id)
			.param("stamp", guard.formStamp(PublicBallotApiController.FORM, Instant.now().minusSeconds(20)))
			.param("idempotencyKey", key).param("website", "").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).with(csrf());
		choices.forEach(c -> post.param("choices", String.valueOf(c)));
		return phone == null ? post : post.cookie(phone);
	}

	long votes(long id) {
		return jdbc.sql("select count(*) from par_ballot_vote where ballot_id = ?").param(id).query(Long.class)
			.single();
	}

	@Test
	void aCitizenVotesOnceEvenWhenTheFormIsSentTwiceAndMayChangeTheVote() throws Exception {
		long id = opened("APPROVAL");
		List<Long> items = items(id);
		mvc.perform(get("/public/TH-82/ballots/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"choices\"")))
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")))
			.andExpect(content().string(containsString("ไฟถนนพลังแสงอาทิตย์")));
		String key = UUID.randomUUID().toString();
		var firstResponse = mvc.perform(vote(id, null, "10.82.0.1", key, List.of(items.get(0), items.get(2))))
			.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("บันทึกบัตรลงคะแนนของคุณแล้ว")))
			.andReturn().getResponse();
		String first = firstResponse.getContentAsString();
		Cookie phone = firstResponse.getCookie("SESSION");
		// a double tap: the same key again, even without the session cookie
		mvc.perform(vote(id, null, "10.82.0.1", key, List.of(items.get(0), items.get(2))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกไว้แล้ว ไม่มีการเปลี่ยนแปลง")));
		mvc.perform(vote(id, phone, "10.82.0.1", key, List.of(items.get(0), items.get(2))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกไว้แล้ว ไม่มีการเปลี่ยนแปลง")));
		assertThat(votes(id)).isEqualTo(1);

		mvc.perform(vote(id, phone, "10.82.0.1", UUID.randomUUID().toString(), List.of(items.get(1))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("เปลี่ยนมาแล้ว 1 ครั้ง")));
		assertThat(votes(id)).isEqualTo(1);
		assertThat(personalLink(first)).contains("/public/TH-82/ballots/" + id + "/mine?link=");
	}

	@Test
	void aKnapsackBallotOverTheBudgetIsRefusedNamingTheNumbersOnThePageAndInTheApi() throws Exception {
		long id = opened("KNAPSACK");
		List<Long> items = items(id);
		mvc.perform(vote(id, null, "10.82.0.2", UUID.randomUUID().toString(), items))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("รวมเป็นเงิน 13,000,000.00 บาท เกินงบประมาณ 10,000,000.00 บาท")))
			.andExpect(content().string(containsString("checked")));
		String body = """
				{"choices": [%d, %d, %d], "idempotencyKey": "%s", "stamp": "%s", "website": ""}"""
			.formatted(items.get(0), items.get(1), items.get(2), UUID.randomUUID(),
					guard.formStamp(PublicBallotApiController.FORM, Instant.now().minusSeconds(20)));
		mvc.perform(post("/api/v1/public/TH-82/ballots/" + id + "/votes").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body).with(request -> {
				request.setRemoteAddr("10.82.0.3");
				return request;
			})).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("cost 13,000,000.00 baht together, more than the budget of "
					+ "10,000,000.00 baht (over by 3,000,000.00 baht)")));
		assertThat(votes(id)).isZero();
	}

	@Test
	void paperBallotsNeedASecondPersonAndTheClosedResultShowsBothChannelsAndRefusesVotes() throws Exception {
		long id = opened("APPROVAL");
		List<Long> items = items(id);
		String paperKey = "paper-sheet-0001-" + id;
		String paper = mvc.perform(post(API + "/" + id + "/paper").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"choices\": [%d], \"idempotencyKey\": \"%s\"}".formatted(items.get(0), paperKey)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long voteId = Long.parseLong(paper.replaceAll("(?s).*\"voteId\":(\\d+).*", "$1"));
		mvc.perform(post(API + "/" + id + "/paper").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"choices\": [%d], \"idempotencyKey\": \"%s\"}".formatted(items.get(0), paperKey)))
			.andExpect(status().isOk());
		mvc.perform(post(API + "/" + id + "/paper/" + voteId + "/confirm").cookie(coordinator).with(csrf()))
			.andExpect(status().isBadRequest());
		Cookie consultant = signedIn("ballot.consult82", Role.CONSULTANT, BallotFixtures.WEB);
		mvc.perform(post(API + "/" + id + "/paper/" + voteId + "/confirm").cookie(consultant).with(csrf()))
			.andExpect(status().isNoContent());
		var voted = mvc.perform(vote(id, null, "10.82.0.4", UUID.randomUUID().toString(),
				List.of(items.get(0), items.get(1)))).andExpect(status().isOk()).andReturn().getResponse();
		String thanks = voted.getContentAsString();
		Cookie citizen = voted.getCookie("SESSION");

		mvc.perform(post(API + "/" + id + "/close").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.onlineBallots").value(1)).andExpect(jsonPath("$.paperBallots").value(1))
			.andExpect(jsonPath("$.projects[0].approvals").value(2));

		mvc.perform(get("/public/TH-82/ballots/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("นับบัตรลงคะแนน 2 ใบ ออนไลน์ 1 ใบ และบัตรกระดาษ 1 ใบ")))
			.andExpect(content().string(containsString("เมื่อคะแนนเท่ากัน")))
			.andExpect(content().string(containsString("วิธีแบ่งส่วนเท่ากัน")));
		mvc.perform(get("/public/TH-82/ballots/" + id).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("2 ballots counted: 1 online and 1 on paper")));
		mvc.perform(vote(id, citizen, "10.82.0.4", UUID.randomUUID().toString(), List.of(items.get(2))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("บัตรลงคะแนนนี้ไม่รับคะแนนในขณะนี้")));
		mvc.perform(get(personalLink(thanks))).andExpect(status().isOk())
			.andExpect(content().string(containsString("ส่วนแบ่งที่เท่ากันของคุณจ่ายให้โครงการใด")))
			.andExpect(content().string(containsString("ทางเดินริมคลองเมืองพังงา")));
	}

	@Test
	void theWorkingGroupReadsButDoesNotManageAndAnotherProvinceIsRefused() throws Exception {
		long id = draft("APPROVAL");
		Cookie member = signedIn("ballot.wg82", Role.WORKING_GROUP, BallotFixtures.WEB);
		mvc.perform(get(API + "/" + id).cookie(member)).andExpect(status().isOk());
		mvc.perform(post(API + "/" + id + "/open").cookie(member).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")).andExpect(status().isForbidden());

		Cookie other = signedIn("ballot.coord58", Role.COORDINATOR, new ProvinceCode("TH-58"));
		mvc.perform(get(API + "/" + id).cookie(other)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-58/ballots/" + id).cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/provinces/TH-58/ballots/" + id + "/open").cookie(other).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")).andExpect(status().isNotFound());
		mvc.perform(get("/public/TH-82/ballots/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/TH-58/ballots/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void aDraftWithoutProjectsIsRefusedNamingTheFieldsInTheCallersLanguage() throws Exception {
		mvc.perform(post(API).cookie(coordinator).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"kind\": \"APPROVAL\", "
					+ "\"budget\": 100, \"items\": [{\"ref\": \"not a ref\", \"title\": \"a\", \"cost\": 1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aBallotsVotesExportAsAPabulibFileThatCountsTheSameAndADamagedFileIsRefusedWithItsLine() throws Exception {
		long id = opened("APPROVAL");
		List<Long> items = items(id);
		mvc.perform(vote(id, null, "10.82.0.9", UUID.randomUUID().toString(), List.of(items.get(1))))
			.andExpect(status().isOk());
		String file = mvc.perform(get(API + "/" + id + "/pabulib").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ballot-" + id + ".pb")))
			.andReturn().getResponse().getContentAsString();
		assertThat(file).contains("META").contains("PROJECTS").contains("VOTES").contains("budget;1000000000");

		mvc.perform(multipart(API + "/pabulib-count").file(new MockMultipartFile("file", "b.pb", "text/plain",
				file.getBytes(java.nio.charset.StandardCharsets.UTF_8))).cookie(coordinator).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.voters").value(1))
			.andExpect(jsonPath("$.projects[1].approvals").value(1))
			.andExpect(jsonPath("$.projects[1].selectedByEqualShares").value(true));
		String damaged = file.replace("budget;1000000000", "budget;ten million");
		long before = jdbc.sql("select count(*) from par_ballot").query(Long.class).single();
		mvc.perform(multipart(API + "/pabulib-count").file(new MockMultipartFile("file", "b.pb", "text/plain",
				damaged.getBytes(java.nio.charset.StandardCharsets.UTF_8))).cookie(coordinator).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("บรรทัด")));
		assertThat(jdbc.sql("select count(*) from par_ballot").query(Long.class).single()).isEqualTo(before);
	}

	static String personalLink(String page) {
		Matcher link = Pattern.compile("id=\"personal-link\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"personal-link\"")
			.matcher(page);
		assertThat(link.find()).as("the page shows a personal link").isTrue();
		return (link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&");
	}
}
