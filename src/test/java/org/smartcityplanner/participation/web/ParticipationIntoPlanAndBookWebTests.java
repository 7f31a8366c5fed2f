package org.smartcityplanner.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationEvidence;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.survey.RandomAnswers;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What the people said reaches the plan and the book: the readiness check counts the participation evidence,
 * plan items link the province's resolutions and survey findings (never another province's), the book prints the
 * main findings, and the book's participation chapter,
 * the province's home page and its API show the same figures as the survey export and the module's statistics.
 */
class ParticipationIntoPlanAndBookWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-44");
	private static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	WorkingGroupApi group;
	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	ParticipationApi participation;
	@Autowired
	PlanUseCases plans;
	@Autowired
	List<PublicationContributor> contributors;
	@Autowired
	FindingUseCases findings;

	@Test
	void evidenceReadinessPlanLinksAndTheBookAgree() throws Exception {
		group.addMember(PROVINCE, new MemberDraft("สมชาย ทดสอบ", "รองผู้ว่าราชการจังหวัด", "ศาลากลาง",
				"CENTRAL_AGENCY", "CHAIR"));
		group.addMember(PROVINCE, new MemberDraft("สมหญิง ทดสอบ", "อาจารย์", "มหาวิทยาลัย", "ACADEMIA", "MEMBER"));
		group.addMember(PROVINCE, new MemberDraft("สมศักดิ์ ทดสอบ", "ประธาน", "หอการค้า", "PRIVATE", "SECRETARY"));
		long meetingId = meetings.plan(PROVINCE, MeetingFixtures.ended("ประชุมคณะทำงานครั้งที่ 1/2569")).id();
		for (String name : List.of("ผู้เข้าประชุม ก", "ผู้เข้าประชุม ข")) {
			long attendee = attendance.register(PROVINCE, meetingId, MeetingFixtures.person(name, Sector.ACADEMIA), true)
				.id();
			attendance.setPresent(PROVINCE, meetingId, attendee, true, "");
		}
		meetings.recordMinutes(PROVINCE, meetingId, new MinutesDraft(new MinutesHeader("สมชาย ทดสอบ", "09:00",
				"12:00", "สมศักดิ์ ทดสอบ", "สมหญิง ทดสอบ"), List.of(), meetings.meeting(PROVINCE, meetingId).version()));
		Resolution resolution = meetings.resolve(PROVINCE, meetingId, 3, "ให้บรรจุโครงการรถโดยสารไฟฟ้าในแผน", List.of());
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจ " + UUID.randomUUID(), false);
		Random random = new Random(44);
		for (int i = 0; i < 10; i++) {
			var raw = RandomAnswers.of(fx, random);
			if (i < 3) {
				surveys.submitPaper(PROVINCE, fx.survey.id(), UUID.randomUUID().toString(), raw);
			}
			else {
				surveys.submitOnline(fx.survey.publicKey(), UUID.randomUUID().toString(), raw);
			}
		}

		ParticipationEvidence evidence = participation.evidence(PROVINCE);
		assertThat(evidence.groupMembers()).isEqualTo(3);
		assertThat(evidence.sectorsCovered()).isEqualTo(EnumSet.of(Sector.CENTRAL_AGENCY, Sector.ACADEMIA,
				Sector.PRIVATE));
		assertThat(evidence.meetingsWithMinutes()).isEqualTo(1);
		assertThat(evidence.surveyResponses()).isEqualTo(10);

		// readiness: the group, the minutes and the public input are there; three sectors are missing
		plans.startPlan(PROVINCE, "แผนทดสอบการมีส่วนร่วม", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(PROVINCE, PlanFixtures.goal("MOB", "การเดินทางสะดวก"));
		Cookie consultant = signedIn("people.consultant44", Role.CONSULTANT, PROVINCE);
		mvc.perform(get("/api/v1/provinces/TH-44/plan/readiness").cookie(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$.results[5].code").value("PARTICIPATION"))
			.andExpect(jsonPath("$.results[5].status").value("WARNING"))
			.andExpect(jsonPath("$.results[5].findings.length()").value(3));

		// the plan links the province's resolution, and refuses another province's
		String ref = "participation.resolution:" + resolution.id();
		mvc.perform(get("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources/linkable").cookie(consultant))
			.andExpect(jsonPath("$[0].ref").value(ref));
		mvc.perform(post("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"ref\":\"" + ref + "\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.text").value("ให้บรรจุโครงการรถโดยสารไฟฟ้าในแผน"));
		mvc.perform(get("/p/TH-44/plan").cookie(consultant))
			.andExpect(content().string(containsString("จากการมีส่วนร่วม (1)")));
		long foreign = foreignResolution();
		mvc.perform(post("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"ref\":\"participation.resolution:" + foreign + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.source.unknownInput"));
		mvc.perform(get("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant))
			.andExpect(jsonPath("$.length()").value(1));

		// a survey finding staff wrote is an input too: linked, shown on the plan, printed as a main finding
		mvc.perform(post("/p/TH-44/participation/surveys/" + fx.survey.id() + "/findings").cookie(consultant)
			.with(csrf()).param("statement", "ผู้ตอบต้องการรถโดยสารที่ตรงเวลา").param("basis", "ข้อ 1: 7 จาก 10 คน")
			.param("questionIds", String.valueOf(fx.questions.get(0))))
			.andExpect(status().is3xxRedirection());
		long findingId = findings.ofSurvey(PROVINCE, fx.survey.id()).get(0).id();
		String findingRef = "participation.finding:" + findingId;
		mvc.perform(get("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources/linkable").cookie(consultant))
			.andExpect(jsonPath("$[0].ref").value(findingRef));
		mvc.perform(post("/p/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant).with(csrf())
			.param("input", findingRef)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant))
			.andExpect(content().string(containsString("จากการมีส่วนร่วม: " + fx.survey.title())))
			.andExpect(content().string(containsString("ผู้ตอบต้องการรถโดยสารที่ตรงเวลา (ข้อ 1: 7 จาก 10 คน)")))
			.andExpect(content().string(containsString("/participation/surveys/" + fx.survey.id()
					+ "/results#finding-" + findingId)));
		mvc.perform(get("/p/TH-44/plan").cookie(consultant))
			.andExpect(content().string(containsString("จากการมีส่วนร่วม (2)")));
		SurveyFixtures foreignSurvey = SurveyFixtures.published(surveys, profile, new ProvinceCode("TH-43"),
				"สำรวจจังหวัดอื่น " + UUID.randomUUID(), false);
		long foreignFinding = findings.record(new ProvinceCode("TH-43"), foreignSurvey.survey.id(),
				new FindingDraft("ของจังหวัดอื่น", "ข้อ 1", List.of(foreignSurvey.questions.get(0)))).id();
		mvc.perform(post("/api/v1/provinces/TH-44/plan/items/" + goal.value() + "/sources").cookie(consultant)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"ref\":\"participation.finding:" + foreignFinding + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.source.unknownInput"));

		// the book prints the figures the export and the statistics give
		String csv = mvc.perform(get("/p/TH-44/participation/surveys/" + fx.survey.id() + "/export.csv")
			.cookie(consultant)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long exportedRows = csv.lines().filter(line -> !line.isBlank()).count() - 1;
		List<Part> chapter = contributors.stream().flatMap(c -> c.bookChapters(PROVINCE, THAI).stream())
			.filter(c -> c.key().equals("participation")).map(ChapterContribution::parts).findFirst().orElseThrow();
		assertThat(((Part.Paragraph) chapter.get(0)).spans().get(0).text()).contains("สมาชิก 3 คน", "จาก 3 ใน 6",
				"ผู้เข้าร่วมรวม 2 คน", "ได้รับคำตอบ " + exportedRows + " ชุด");
		List<Part.Table> tables = chapter.stream().filter(Part.Table.class::isInstance).map(Part.Table.class::cast)
			.toList();
		assertThat(exportedRows).isEqualTo(evidence.surveyResponses());
		for (Part.Table byGroup : tables.subList(3, 5)) {
			List<org.smartcityplanner.publication.Value> total = byGroup.rows().get(byGroup.rows().size() - 1);
			assertThat(total.get(3)).isEqualTo(org.smartcityplanner.publication.Value.whole(exportedRows));
			assertThat(total.get(2)).isEqualTo(org.smartcityplanner.publication.Value.whole(3));
		}
		// the province's home page and API show the same figures
		mvc.perform(get("/p/TH-44").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-group\">สมาชิก 3 คน จาก 3 ใน 6 ภาคส่วน<")))
			.andExpect(content().string(containsString("id=\"figure-responses\">" + exportedRows + "<")));
		mvc.perform(get("/api/v1/provinces/TH-44").cookie(consultant))
			.andExpect(jsonPath("$.participation.surveyResponses").value(exportedRows))
			.andExpect(jsonPath("$.participation.meetingsWithMinutes").value(1));
		assertThat(chapter).anySatisfy(part -> assertThat(part).isInstanceOfSatisfying(Part.Paragraph.class,
				p -> assertThat(p.spans().get(0).text()).contains("ให้บรรจุโครงการรถโดยสารไฟฟ้าในแผน")));
		int findingsHeading = chapter.indexOf(new Part.Heading(2, "ข้อค้นพบหลักจากแบบสอบถาม"));
		assertThat(findingsHeading).isPositive();
		assertThat(((Part.Paragraph) chapter.get(findingsHeading + 1)).spans().get(0).text())
			.isEqualTo("• " + fx.survey.title() + ": ผู้ตอบต้องการรถโดยสารที่ตรงเวลา (ข้อ 1: 7 จาก 10 คน)");
	}

	/** A resolution of another province's meeting. */
	private long foreignResolution() {
		ProvinceCode other = new ProvinceCode("TH-43");
		long meetingId = meetings.plan(other, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมจังหวัดอื่น"))
			.id();
		return meetings.resolve(other, meetingId, 1, "มติของจังหวัดอื่น", List.of()).id();
	}
}
