package org.smartcityplanner.participation.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smartcityplanner.participation.MeetingFixtures.OTHER;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The meetings API: writes for managers, reads for members, problems in the caller's language, never a 500. */
class MeetingApiWebTests extends WebTestSupport {

	static final String BASE = "/api/v1/provinces/TH-12/participation";

	@Autowired
	MeetingApi meetings;
	@Autowired
	org.smartcityplanner.participation.WorkingGroupApi group;

	static String meetingJson(String title) {
		return """
				{"kind":"PUBLIC_HEARING","title":"%s","startsAt":"2027-03-01T02:00:00Z","endsAt":"2027-03-01T05:00:00Z",
				 "venue":"หอประชุม","walkInOpen":true}""".formatted(title);
	}

	@Test
	void aCoordinatorPlansRegistersResolvesAndReadsTheFiguresBack() throws Exception {
		Cookie coordinator = signedIn("meet.api.coordinator12", Role.COORDINATOR, OWN);
		String created = mvc.perform(post(BASE + "/meetings").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(meetingJson("ประชาคมผ่าน API")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.agenda.length()").value(5))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post(BASE + "/meetings/" + id + "/attendees").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"นายเอพีไอ ทดสอบ\",\"organisation\":\"สภาอุตสาหกรรม\",\"sector\":\"PRIVATE\",\"invited\":true}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.checkInCode").isString());
		mvc.perform(post(BASE + "/meetings/" + id + "/resolutions").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agendaPosition\":4,\"text\":\"เห็นชอบ\",\"actions\":[{\"description\":\"สรุปผล\",\"ownerName\":\"จังหวัด\",\"dueDate\":\"2027-03-15\"}]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.actions[0].draft.status").value("OPEN"));
		mvc.perform(get(BASE + "/meetings/" + id).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.invited").value(1)).andExpect(jsonPath("$.resolutions.length()").value(1));
		mvc.perform(get(BASE + "/meetings/figures").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings['" + id + "'].invited").value(1));
	}

	@Test
	void refusedInputNamesEveryFieldInTheCallersLanguage() throws Exception {
		Cookie coordinator = signedIn("meet.api.coordinator12", Role.COORDINATOR, OWN);
		mvc.perform(post(BASE + "/meetings").cookie(coordinator).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKING_GROUP\",\"venue\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("title"))
			.andExpect(jsonPath("$.detail").value("Title: please fill this in."))
			.andExpect(jsonPath("$.errors[1].field").value("startsAt"));
		mvc.perform(post(BASE + "/meetings").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(meetingJson("x".repeat(10_000_000))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("ชื่อเรื่อง: ไม่เกิน 300 ตัวอักษร"));
		mvc.perform(post(BASE + "/meetings").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKING_GROUP\",\"startsAt\":\"พรุ่งนี้\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(BASE + "/meetings").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("[1,2"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStaleVersionIsAConflictAndAnotherProvincesIdIsNotFound() throws Exception {
		Cookie coordinator = signedIn("meet.api.coordinator12", Role.COORDINATOR, OWN);
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมรุ่นข้อมูล"));
		meetings.recordMinutes(OWN, meeting.id(), new org.smartcityplanner.participation.MinutesDraft(
				new org.smartcityplanner.participation.MinutesHeader("", "09:00", "", "", ""), java.util.List.of(),
				meeting.version()));
		mvc.perform(put(BASE + "/meetings/" + meeting.id() + "/minutes").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"openedAt\":\"10:00\",\"version\":" + meeting.version() + "}"))
			.andExpect(status().isConflict());
		Meeting theirs = meetings.plan(OTHER, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมจังหวัดอื่น"));
		mvc.perform(get(BASE + "/meetings/" + theirs.id()).cookie(coordinator)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("meetingId"));
		mvc.perform(post(BASE + "/meetings/" + theirs.id() + "/resolutions").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"agendaPosition\":1,\"text\":\"แอบใส่\"}"))
			.andExpect(status().isNotFound());
		assertThat(meetings.resolutions(OTHER, theirs.id())).isEmpty();
	}

	@Test
	void anAttendeesMemberIdMustBeOfThisProvincesWorkingGroup() throws Exception {
		Cookie coordinator = signedIn("meet.api.coordinator12", Role.COORDINATOR, OWN);
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมตรวจสมาชิก"));
		long ours = group.addMember(OWN, new MemberDraft("นางสาวสมาชิก เอพีไอ", "ผู้อำนวยการ", "สภาเกษตรกร",
				"CIVIL_SOCIETY", "MEMBER")).id();
		long theirs = group.addMember(OTHER, new MemberDraft("นายสมาชิก ที่อื่น", "ผู้อำนวยการ", "สภาเกษตรกร",
				"CIVIL_SOCIETY", "MEMBER")).id();
		String body = "{\"fullName\":\"นางสาวสมาชิก เอพีไอ\",\"organisation\":\"สภาเกษตรกร\",\"sector\":\"CIVIL_SOCIETY\",\"memberId\":%d,\"invited\":true}";
		mvc.perform(post(BASE + "/meetings/" + meeting.id() + "/attendees").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(theirs)))
			.andExpect(status().is4xxClientError()).andExpect(jsonPath("$.field").value("memberId"));
		mvc.perform(post(BASE + "/meetings/" + meeting.id() + "/attendees").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(ours)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.person.memberId").value(ours));
	}

	@Test
	void membersReadWithoutCodesAndCannotWrite() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมอ่านผ่าน API"));
		Cookie coordinator = signedIn("meet.api.coordinator12", Role.COORDINATOR, OWN);
		mvc.perform(post(BASE + "/meetings/" + meeting.id() + "/attendees").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"นางรหัส ลับ\",\"organisation\":\"อบต.\",\"sector\":\"LOCAL_GOVERNMENT\",\"invited\":true}"))
			.andExpect(status().isCreated());
		Cookie member = signedIn("meet.api.member12", Role.WORKING_GROUP, OWN);
		mvc.perform(get(BASE + "/meetings/" + meeting.id() + "/attendees").cookie(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].person.fullName").value("นางรหัส ลับ"))
			.andExpect(jsonPath("$[0].checkInCode").value(""));
		mvc.perform(post(BASE + "/meetings").cookie(member).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(meetingJson("สมาชิกสร้างเอง"))).andExpect(status().isForbidden());
		Cookie stranger = signedIn("meet.api.coordinator13", Role.COORDINATOR, OTHER);
		mvc.perform(get(BASE + "/meetings").cookie(stranger)).andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("นางรหัส"))));
	}
}
