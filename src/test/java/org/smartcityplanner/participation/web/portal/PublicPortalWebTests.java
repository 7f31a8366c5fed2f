package org.smartcityplanner.participation.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotFixtures;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The public portal of a province (TH-66) for someone without an account: the process, the open survey's link, the
 * published results of a closed survey with small cells hidden, the hearing held with its attendance equal to the
 * staff figures; never a respondent's or attendee's name or organisation, nor an unpublished survey; the open and
 * closed ballots and the open conversations and published opinion maps, never a draft ballot nor an unpublished map.
 * TH-67 has no process.
 */
class PublicPortalWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-66");
	static final String SECRET_NAME = "นางสาวทดลอง ไม่ควรเห็น";
	static final String SECRET_ORGANISATION = "สหกรณ์ลับเฉพาะทดสอบ";

	@Autowired
	ProcessUseCases process;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	ParticipationApi statistics;
	@Autowired
	BallotService ballots;
	@Autowired
	BallotCounting counting;
	@Autowired
	OpinionService opinions;

	@Test
	void anyoneSeesTheProcessOpenSurveysPublishedResultsAndHearingsButNoPersonalData() throws Exception {
		listenPhaseRunsToday();
		SurveyFixtures open = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจที่เปิดอยู่ " + UUID.randomUUID(), false);
		SurveyFixtures done = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจที่เผยแพร่ผล", false);
		// five use the bus every day, one sometimes (a cell of one: hidden); one writes a name into the open answer
		for (int i = 0; i < 6; i++) {
			surveys.submitOnline(done.survey.publicKey(), UUID.randomUUID().toString(), new AnswerSheet.Raw(Map.of(
					done.q(0), List.of(i < 5 ? "1" : "2"), done.q(6), List.of(i == 0 ? SECRET_NAME : "ข้อเสนอทั่วไป"),
					"sector", List.of("GENERAL_PUBLIC"))));
		}
		surveys.close(PROVINCE, done.survey.id(), surveys.survey(PROVINCE, done.survey.id()).version());
		SurveyFixtures unpublished = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจที่ไม่เผยแพร่", false);
		surveys.close(PROVINCE, unpublished.survey.id(), surveys.survey(PROVINCE, unpublished.survey.id()).version());
		long hearing = heldHearingWith(2);

		Cookie coordinator = signedIn("portal.coordinator", Role.COORDINATOR, PROVINCE);
		mvc.perform(post("/p/TH-66/participation/portal/surveys/" + done.survey.id()).cookie(coordinator).with(csrf())
			.param("public", "true")).andExpect(redirectedUrl("/p/TH-66/participation/portal"));
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'participation-survey-results-public'"
				+ " and entity_id = ? and actor = 'portal.coordinator'").param(String.valueOf(done.survey.id()))
			.query(Long.class).single()).isEqualTo(1);

		int hearingsHeld = statistics.evidence(PROVINCE).publicHearingsHeld();
		int present = meetings.counts(PROVINCE, hearing).present();
		assertThat(hearingsHeld).isEqualTo(1);
		mvc.perform(get("/public/TH-66")).andExpect(status().isOk())
			.andExpect(content().string(containsString("รับฟังปัญหาและศักยภาพ")))
			.andExpect(content().string(containsString("/survey/" + open.survey.publicKey())))
			.andExpect(content().string(containsString("สำรวจที่เผยแพร่ผล")))
			.andExpect(content().string(containsString("น้อยกว่า 5")))
			.andExpect(content().string(containsString("จัดเวทีประชาคมแล้ว " + hearingsHeld + " ครั้ง")))
			.andExpect(content().string(containsString("ผู้เข้าร่วม " + present + " คน")))
			.andExpect(content().string(not(containsString("สำรวจที่ไม่เผยแพร่"))))
			.andExpect(content().string(not(containsString(SECRET_NAME))))
			.andExpect(content().string(not(containsString(SECRET_ORGANISATION))))
			.andExpect(content().string(not(containsString("ข้อเสนอทั่วไป"))));
		mvc.perform(get("/public/TH-66").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Help plan the smart city")))
			.andExpect(content().string(containsString("fewer than 5")));
		mvc.perform(get("/public")).andExpect(status().isOk()).andExpect(content().string(containsString("/public/TH-66")));

		String json = mvc.perform(get("/api/v1/public/TH-66")).andExpect(status().isOk())
			.andExpect(jsonPath("$.processDefined").value(true))
			.andExpect(jsonPath("$.phases[0].current").value(true))
			.andExpect(jsonPath("$.openSurveys[0].link").value("/survey/" + open.survey.publicKey()))
			.andExpect(jsonPath("$.results.length()").value(1))
			.andExpect(jsonPath("$.results[0].responses").value(6))
			// five and one: the one is hidden, and the five with it (else 6 - 5 would give the one away)
			.andExpect(jsonPath("$.results[0].questions[0].cells[0].hidden").value(true))
			.andExpect(jsonPath("$.results[0].questions[0].cells[1].hidden").value(true))
			.andExpect(jsonPath("$.results[0].questions[0].cells[1].count").doesNotExist())
			.andExpect(jsonPath("$.results[0].questions[0].someHidden").value(true))
			.andExpect(jsonPath("$.publicHearingsHeld").value(hearingsHeld))
			.andExpect(jsonPath("$.meetings[0].attendance").value(present))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain(SECRET_NAME, SECRET_ORGANISATION, "ข้อเสนอทั่วไป");
		// read-only: nothing but GET is let through without an account
		mvc.perform(post("/public/TH-66")).andExpect(status().is4xxClientError());
	}

	@Test
	void anUnknownProvinceIsNotFoundInTheReadersLanguageAndOneWithoutProcessSaysSo() throws Exception {
		mvc.perform(get("/public/XX-99")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ไม่มีจังหวัดที่ใช้รหัสนี้")));
		mvc.perform(get("/public/XX-99").param("lang", "en")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No province has this code")));
		mvc.perform(get("/api/v1/public/XX-99")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/public/TH-67")).andExpect(status().isOk())
			.andExpect(content().string(containsString("จังหวัดนี้ยังไม่ได้เปิดกระบวนการมีส่วนร่วม")));
		mvc.perform(get("/api/v1/public/TH-67")).andExpect(status().isOk())
			.andExpect(jsonPath("$.processDefined").value(false));
		mvc.perform(get("/api/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/{code}'].get").exists())
			.andExpect(jsonPath("$.components.schemas.ResultsPublicationRequest.required[0]").value("resultsPublic"));
	}

	@Test
	void onlyManagersOfTheProvinceDecideAndTheApiNamesAMissingField() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, new ProvinceCode("TH-67"), "สำรวจของ 67", false);
		Cookie consultant = signedIn("portal.consultant", Role.CONSULTANT, PROVINCE);
		String path = "/api/v1/provinces/TH-66/participation/surveys/" + fx.survey.id() + "/results-publication";
		// another province's survey, through the consultant's own province: not found, nothing stored
		mvc.perform(put(path).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultsPublic\": true}")).andExpect(status().isNotFound());
		SurveyFixtures own = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจของ 66", false);
		String ownPath = "/api/v1/provinces/TH-66/participation/surveys/" + own.survey.id() + "/results-publication";
		mvc.perform(put(ownPath).cookie(consultant).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resultsPublic"));
		mvc.perform(put(ownPath).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultsPublic\": true}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsPublic").value(true)).andExpect(jsonPath("$.by").value("portal.consultant"));
		Cookie member = signedIn("portal.member", Role.WORKING_GROUP, PROVINCE);
		mvc.perform(get(ownPath).cookie(member)).andExpect(status().isOk()).andExpect(jsonPath("$.resultsPublic").value(true));
		mvc.perform(put(ownPath).cookie(member).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultsPublic\": false}")).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-66/participation/portal").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/public/TH-66\"")));
		mvc.perform(get("/p/TH-66/participation").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/p/TH-66/participation/portal")));
	}

	@Test
	void thePortalListsOpenAndClosedBallotsAndOpenConversationsAndPublishedMapsButNoDraftOrUnpublishedMap()
			throws Exception {
		listenPhaseRunsToday();
		String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
		long open = ballots.create(PROVINCE, new BallotDraft("ลงคะแนนที่เปิดอยู่" + suffix, BallotKind.K_APPROVAL, 2,
				BallotFixtures.BUDGET, BallotFixtures.items()));
		ballots.open(PROVINCE, open, 0);
		long closed = ballots.create(PROVINCE, new BallotDraft("ลงคะแนนที่ปิดแล้ว" + suffix, BallotKind.KNAPSACK, null,
				BallotFixtures.BUDGET, BallotFixtures.items()));
		ballots.open(PROVINCE, closed, 0);
		counting.close(PROVINCE, closed, 1);
		long draft = ballots.create(PROVINCE, new BallotDraft("ร่างที่ไม่ควรเห็น" + suffix, BallotKind.APPROVAL, null,
				BallotFixtures.BUDGET, BallotFixtures.items()));
		long talking = opinions.create(PROVINCE, "ประเด็นที่เปิดอยู่" + suffix, "", false).id();
		var mapped = opinions.create(PROVINCE, "ประเด็นที่เผยแพร่แผนที่" + suffix, "", false);
		mapped = opinions.setOpen(PROVINCE, mapped.id(), mapped.version(), false);
		opinions.publish(PROVINCE, mapped.id(), mapped.version(), true);
		var hidden = opinions.create(PROVINCE, "ประเด็นที่ไม่เผยแพร่" + suffix, "", false);
		opinions.setOpen(PROVINCE, hidden.id(), hidden.version(), false);

		String page = mvc.perform(get("/public/TH-66")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("ลงคะแนน: ลงคะแนนที่เปิดอยู่" + suffix, "/public/TH-66/ballots/" + open + "\"",
				"เลือกได้ไม่เกิน 2 โครงการ · งบประมาณ 10,000,000.00 บาท",
				"ดูผล: ลงคะแนนที่ปิดแล้ว" + suffix, "/public/TH-66/ballots/" + closed + "\"",
				"ร่วมแสดงความเห็น: ประเด็นที่เปิดอยู่" + suffix, "/public/TH-66/opinions/" + talking + "\"",
				"ดูแผนที่ความคิดเห็น: ประเด็นที่เผยแพร่แผนที่" + suffix,
				"/public/TH-66/opinions/" + mapped.id() + "#results")
			.doesNotContain("ร่างที่ไม่ควรเห็น", "/ballots/" + draft + "\"", "ประเด็นที่ไม่เผยแพร่",
					"/opinions/" + hidden.id() + "\"", "K_APPROVAL");
		// the open conversation's map is not public: it is listed to take part in, never as a map
		assertThat(page).doesNotContain("/public/TH-66/opinions/" + talking + "#results");
		mvc.perform(get("/public/TH-66").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vote: ลงคะแนนที่เปิดอยู่" + suffix)))
			.andExpect(content().string(containsString("Tick at most 2 projects · budget 10,000,000.00 baht")))
			.andExpect(content().string(containsString("See the opinion map: ประเด็นที่เผยแพร่แผนที่" + suffix)));

		String json = mvc.perform(get("/api/v1/public/TH-66")).andExpect(status().isOk())
			.andExpect(jsonPath("$.ballots.open[?(@.link == '/public/TH-66/ballots/" + open + "')].kind")
				.value("K_APPROVAL"))
			.andExpect(jsonPath("$.ballots.open[?(@.link == '/public/TH-66/ballots/" + open + "')].maxChoices")
				.value(2))
			.andExpect(jsonPath("$.ballots.open[?(@.link == '/public/TH-66/ballots/" + open + "')].budget")
				.value(10_000_000.0))
			.andExpect(jsonPath("$.ballots.open[?(@.link == '/public/TH-66/ballots/" + open + "')].takingVotes")
				.value(true))
			.andExpect(jsonPath("$.ballots.closed[?(@.link == '/public/TH-66/ballots/" + closed + "')].title")
				.value("ลงคะแนนที่ปิดแล้ว" + suffix))
			.andExpect(jsonPath("$.opinions.open[?(@.link == '/public/TH-66/opinions/" + talking + "')].topic")
				.value("ประเด็นที่เปิดอยู่" + suffix))
			.andExpect(jsonPath("$.opinions.open[?(@.link == '/public/TH-66/opinions/" + talking + "')].takingVotes")
				.value(true))
			.andExpect(jsonPath("$.opinions.publishedMaps[?(@.link == '/public/TH-66/opinions/" + mapped.id()
					+ "')].topic").value("ประเด็นที่เผยแพร่แผนที่" + suffix))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("ร่างที่ไม่ควรเห็น", "ประเด็นที่ไม่เผยแพร่");
		assertThat(json).doesNotContain("/public/TH-66/opinions/" + talking + "\"}]}");
		mvc.perform(get("/api/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.PortalView.properties.ballots").exists())
			.andExpect(jsonPath("$.components.schemas.PortalBallot.properties.budget").exists())
			.andExpect(jsonPath("$.components.schemas.PortalView.properties.opinions").exists())
			.andExpect(jsonPath("$.components.schemas.PortalConversation.properties.link").exists());
	}

	/** The listen phase runs today with surveys, ballots and opinion maps open (once: both tests need it). */
	private void listenPhaseRunsToday() {
		if (!process.process(PROVINCE).defined()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
			process.save(PROVINCE, 0, List.of(new Phase(PhaseKind.LISTEN, today.minusDays(10), today.plusDays(5),
					Set.of("surveys", BallotApi.TOOL, OpinionService.TOOL)), new Phase(PhaseKind.IDEAS, null, null, Set.of()),
					new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
					new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		}
	}

	/** A public hearing that ended an hour ago with {@code people} present, one of them with a name to hide. */
	private long heldHearingWith(int people) {
		Instant now = Instant.now();
		long id = meetings.plan(PROVINCE, new MeetingDraft(MeetingKind.PUBLIC_HEARING, "1/2569", "เวทีประชาคมทดสอบ",
				now.minus(Duration.ofHours(4)), now.minus(Duration.ofHours(1)), "หอประชุมอำเภอ", null, true, List.of()))
			.id();
		List<Long> attendees = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			attendees.add(attendance.register(PROVINCE, id, new AttendeeDraft(i == 0 ? SECRET_NAME : "ผู้เข้าร่วม " + i,
					SECRET_ORGANISATION, "สมาชิก", Sector.CIVIL_SOCIETY, null), false).id());
		}
		attendees.forEach(a -> attendance.setPresent(PROVINCE, id, a, true, ""));
		return id;
	}
}
