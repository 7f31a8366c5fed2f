package org.smartcityplanner.participation.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.smartcityplanner.participation.MeetingFixtures.OTHER;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting pages for every role, and for a user of another province. */
class MeetingPagesWebTests extends WebTestSupport {

	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;

	@Test
	void aCoordinatorPlansAMeetingAndFindsItInTheList() throws Exception {
		Cookie coordinator = signedIn("meet.coordinator12", Role.COORDINATOR, OWN);
		String location = mvc.perform(post("/p/TH-12/participation/meetings").cookie(coordinator).with(csrf())
			.param("kind", "WORKING_GROUP").param("title", "ประชุมคณะทำงานผ่านหน้าเว็บ").param("seqNo", "3/2569")
			.param("date", "2027-02-10").param("startTime", "09:00").param("endTime", "12:00")
			.param("venue", "ห้องประชุมศาลากลาง").param("agendaTitles[0]", "").param("agendaDetails[3]", "ร่างโครงการ"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/p/TH-12/participation/meetings/");
		mvc.perform(get(location).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ร่างโครงการ")))
			.andExpect(content().string(containsString("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")))
			.andExpect(content().string(containsString("checkin-qr")));
		mvc.perform(get("/p/TH-12/participation/meetings").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ประชุมคณะทำงานผ่านหน้าเว็บ")));
	}

	@Test
	void aFormWithMistakesComesBackNamingEachFieldAndStoresNothing() throws Exception {
		Cookie coordinator = signedIn("meet.coordinator12", Role.COORDINATOR, OWN);
		int before = meetings.meetings(OWN).size();
		mvc.perform(post("/p/TH-12/participation/meetings").cookie(coordinator).with(csrf())
			.param("kind", "NO_SUCH_KIND").param("title", "").param("date", "14/12/2569").param("startTime", "9 โมง")
			.param("endTime", "12:00").param("venue", "ห้อง").param("targetAreaId", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ประเภท: กรุณากรอก")))
			.andExpect(content().string(containsString("วันที่: กรุณากรอกวันที่ เช่น 2026-12-14")))
			.andExpect(content().string(containsString("เวลาเริ่ม: กรุณากรอกเวลา เช่น 09:30")))
			.andExpect(content().string(containsString("พื้นที่เป้าหมาย: ใช้ค่านี้ไม่ได้")));
		assertThat(meetings.meetings(OWN)).hasSize(before);
	}

	@Test
	void aMemberReadsMeetingsWithoutCheckInCodesAndCannotChangeThem() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมที่สมาชิกอ่าน"));
		Attendee invitee = attendance.register(OWN, meeting.id(), MeetingFixtures.person("นายผู้ได้รับเชิญ อ่านได้",
				Sector.PRIVATE), true);
		Cookie member = signedIn("meet.member12", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id()).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("นายผู้ได้รับเชิญ อ่านได้")))
			.andExpect(content().string(not(containsString(invitee.checkInCode()))))
			.andExpect(content().string(not(containsString("checkin-qr"))));
		mvc.perform(post("/p/TH-12/participation/meetings").cookie(member).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-12/participation/meetings/" + meeting.id() + "/attendees/" + invitee.id()
				+ "/attendance").cookie(member).with(csrf()).param("present", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id() + "/minutes").cookie(member))
			.andExpect(status().isForbidden());
		assertThat(attendance.attendees(OWN, meeting.id()).get(0).present()).isFalse();
	}

	@Test
	void aTraineeAndAnotherProvincesStaffAreRefused() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมลับของนนทบุรี"));
		Cookie trainee = signedIn("meet.trainee12", Role.TRAINEE, OWN);
		mvc.perform(get("/p/TH-12/participation/meetings").cookie(trainee)).andExpect(status().isForbidden());
		Cookie stranger = signedIn("meet.coordinator13", Role.COORDINATOR, OTHER);
		mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id()).cookie(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-13/participation/meetings/" + meeting.id()).cookie(stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/p/TH-13/participation/meetings/" + meeting.id() + "/minutes.docx").cookie(stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/p/TH-13/participation/meetings").cookie(stranger)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ประชุมลับของนนทบุรี"))));
	}

	@Test
	void staffTickAttendanceByHandAndWriteMinutesWithAResolution() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมบันทึกด้วยมือ"));
		Cookie coordinator = signedIn("meet.coordinator12", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-12/participation/meetings/" + meeting.id() + "/attendees").cookie(coordinator)
			.with(csrf()).param("fullName", "<b>นางทดสอบ</b> มือ").param("organisation", "=1+1").param("sector", "ACADEMIA")
			.param("invited", "true")).andExpect(status().is3xxRedirection());
		Attendee attendee = attendance.attendees(OWN, meeting.id()).get(0);
		mvc.perform(post("/p/TH-12/participation/meetings/" + meeting.id() + "/attendees/" + attendee.id()
				+ "/attendance").cookie(coordinator).with(csrf()).param("present", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id()).cookie(coordinator))
			.andExpect(content().string(containsString("&lt;b&gt;นางทดสอบ&lt;/b&gt; มือ")));
		mvc.perform(post("/p/TH-12/participation/meetings/" + meeting.id() + "/minutes").cookie(coordinator)
			.with(csrf()).param("openedAt", "09:10").param("closedAt", "11:00").param("chairName", "นายประธาน")
			.param("discussions[3]", "หารือโครงการ").param("version", String.valueOf(meeting.version())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/TH-12/participation/meetings/" + meeting.id() + "/resolutions").cookie(coordinator)
			.with(csrf()).param("agendaPosition", "4").param("text", "เห็นชอบ")
			.param("actionDescriptions[0]", "ส่งรายละเอียด").param("actionOwners[0]", "")
			.param("actionDueDates[0]", "2027-01-10"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ผู้รับผิดชอบ: กรุณากรอก")));
		assertThat(meetings.resolutions(OWN, meeting.id())).isEmpty();
		assertThat(attendance.attendees(OWN, meeting.id()).get(0).checkInMethod()).isEqualTo("manual");
		assertThat(meetings.meeting(OWN, meeting.id()).minutes().openedAt()).isEqualTo("09:10");
	}

	@Test
	void theMeetingListComesInPagesWithLinksThatWorkWithoutJavaScriptAndTheApiGivesTotals() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-85");
		Cookie coordinator = signedIn("meet.coordinator85", Role.COORDINATOR, province);
		for (int i = meetings.meetings(province).size(); i <= Paging.DEFAULT_SIZE; i++) {
			meetings.plan(province, MeetingFixtures.ended("ประชุมหน้ายาว " + i));
		}
		List<Meeting> whole = meetings.meetings(province);
		String list = "/p/TH-85/participation/meetings";
		org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(mvc.perform(get(list).cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(first.select("#meetings tbody tr")).hasSize(Paging.DEFAULT_SIZE);
		assertThat(first.select("#pager-next").attr("href")).isEqualTo(list + "?page=2");
		assertThat(first.select("#pager-previous")).isEmpty();
		assertThat(first.select("#pager-summary").text()).contains("หน้า 1 จาก 2", String.valueOf(whole.size()));

		org.jsoup.nodes.Document second = org.jsoup.Jsoup.parse(mvc.perform(get(list + "?page=2").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(second.select("#meetings tbody tr")).hasSize(whole.size() - Paging.DEFAULT_SIZE);
		assertThat(second.select("#meetings tbody tr a").first().text()).isEqualTo(whole.get(Paging.DEFAULT_SIZE).title());
		assertThat(second.select("#pager-previous").attr("href")).isEqualTo(list + "?page=1");
		// a page past the end shows the last one; a page that is not a number the first
		mvc.perform(get(list + "?page=99").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString(whole.get(whole.size() - 1).title())));
		mvc.perform(get(list + "?page=abc").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString(whole.get(0).title())));

		String api = "/api/v1/provinces/TH-85/participation/meetings";
		mvc.perform(get(api).param("page", "2").param("size", "20").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(whole.size()))
			.andExpect(jsonPath("$.totalPages").value((whole.size() + 19) / 20))
			.andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.items.length()").value(20))
			.andExpect(jsonPath("$.items[0].meeting.id").value(whole.get(20).id()));
		mvc.perform(get(api).param("size", "0").cookie(coordinator)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("size")));
		mvc.perform(get(api).param("page", "0").cookie(coordinator)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("page")));
		mvc.perform(get(api).param("page", "abc").cookie(coordinator)).andExpect(status().isBadRequest());
	}
}
