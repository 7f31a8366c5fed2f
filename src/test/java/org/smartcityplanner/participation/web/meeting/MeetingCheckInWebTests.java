package org.smartcityplanner.participation.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public QR page without an account: code check-in, walk-ins, and every refusal in words, never a 500. */
class MeetingCheckInWebTests extends WebTestSupport {

	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	PublicFormGuard guard;

	/** A walk-in as a person sends it: from their own address, a form shown 20 seconds ago. */
	MockHttpServletRequestBuilder walkIn(String path, String address) {
		return walkIn(path, address, guard.formStamp(MeetingCheckInController.WALK_IN_FORM, Instant.now().minusSeconds(20)));
	}

	MockHttpServletRequestBuilder walkIn(String path, String address, String stamp) {
		return post(path).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("stamp", stamp);
	}

	@Test
	void anInviteeOpensTheRoomLinkAndChecksInWithTheirCode() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมสแกนคิวอาร์"));
		Attendee invitee = attendance.register(OWN, meeting.id(), MeetingFixtures.person("นายสแกน ได้", Sector.PRIVATE),
				true);
		String link = attendance.checkInPath(OWN, meeting.id());
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ประชุมสแกนคิวอาร์")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("นายสแกน ได้"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("walk-in-form"))));
		mvc.perform(post(link).with(csrf()).param("code", invitee.checkInCode())).andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกการเข้าประชุมของ นายสแกน ได้ แล้ว")));
		mvc.perform(post(link).with(csrf()).param("code", invitee.checkInCode())).andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่มีการนับซ้ำ")));
		mvc.perform(post(link).with(csrf()).param("code", "<script>")
			.cookie(new jakarta.servlet.http.Cookie("scp-lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A check-in code has 6 letters and digits")));
		assertThat(meetings.counts(OWN, meeting.id()).invitedPresent()).isEqualTo(1);
	}

	@Test
	void aForgedOrExpiredLinkIsRefusedWithAReason() throws Exception {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมลิงก์ปลอมบนเว็บ"));
		mvc.perform(get("/participation/check-in/" + meeting.id() + "?until=1&sig=abc")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ลิงก์ลงชื่อนี้ไม่ถูกต้อง")));
		mvc.perform(get("/participation/check-in/" + meeting.id())).andExpect(status().isBadRequest());
		mvc.perform(get("/participation/check-in/abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/participation/check-in/999999999?until=x")).andExpect(status().is4xxClientError());
		Meeting ended = meetings.plan(OWN, MeetingFixtures.ended("ประชุมที่จบไปแล้ว"));
		mvc.perform(post(attendance.checkInPath(OWN, ended.id())).with(csrf()).param("code", "ABCDEF"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("การประชุมเลิกแล้ว")));
	}

	@Test
	void aWalkInAtAPublicHearingIsRegisteredOnceEvenWhenTheFormIsSentTwice() throws Exception {
		Meeting hearing = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.PUBLIC_HEARING, "ประชาคมหน้างาน"));
		String link = attendance.checkInPath(OWN, hearing.id());
		String walkIn = link.replace("?", "/walk-in?");
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("walk-in-form")));
		String key = Secrets.secret();
		for (int i = 0; i < 2; i++) {
			mvc.perform(walkIn(walkIn, "10.12.7.1").param("fullName", "นางสาวหน้างาน ทดสอบ").param("organisation", "ชุมชนบางกร่าง")
				.param("sector", "CIVIL_SOCIETY").param("consent", "true").param("submissionKey", key))
				.andExpect(status().isOk()).andExpect(content().string(containsString("นางสาวหน้างาน ทดสอบ")));
		}
		mvc.perform(walkIn(walkIn, "10.12.7.1").param("fullName", "").param("organisation", "ชุมชน")
			.param("sector", "").param("submissionKey", Secrets.secret()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ชื่อ - สกุล: กรุณากรอก")))
			.andExpect(content().string(containsString("ความยินยอม: กรุณากรอก")));
		mvc.perform(walkIn(walkIn, "10.12.7.1").param("fullName", "บอท").param("organisation", "บอท").param("sector", "PRIVATE")
			.param("consent", "true").param("submissionKey", Secrets.secret()).param("website", "http://spam"))
			.andExpect(status().isBadRequest());
		assertThat(attendance.attendees(OWN, hearing.id())).extracting(a -> a.person().fullName())
			.containsExactly("นางสาวหน้างาน ทดสอบ");
	}

	@Test
	void theWalkInFormIsGuardedLikeEveryPublicForm() throws Exception {
		Meeting hearing = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.PUBLIC_HEARING, "ประชาคมมีผู้คุ้มกัน"));
		String link = attendance.checkInPath(OWN, hearing.id());
		String walkIn = link.replace("?", "/walk-in?");
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"stamp\"")));
		// a bot fills the hidden field: refused without storing
		mvc.perform(walkIn(walkIn, "10.12.7.2").param("fullName", "บอท").param("sector", "PRIVATE")
			.param("consent", "true").param("submissionKey", Secrets.secret()).param("website", "http://spam"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("กรอกโดยอัตโนมัติ")));
		// sent at once after the form was shown, or with a forged stamp: the form again with what was typed
		for (String stamp : List.of(guard.formStamp(MeetingCheckInController.WALK_IN_FORM, Instant.now()),
				guard.formStamp("registration-form", Instant.now().minusSeconds(20)), "")) {
			mvc.perform(walkIn(walkIn, "10.12.7.3", stamp).param("fullName", "นายเร็ว เกินไป").param("organisation", "ร้านค้าชุมชน")
				.param("sector", "PRIVATE").param("consent", "true").param("submissionKey", Secrets.secret()))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("ส่งเร็วเกินไป")))
				.andExpect(content().string(containsString("value=\"นายเร็ว เกินไป\"")));
		}
		// one address may send the hall's share of walk-ins, then waits
		int limit = guard.maxAttempts(MeetingCheckInController.WALK_IN_FORM);
		assertThat(limit).isGreaterThan(PublicFormGuard.MAX_ATTEMPTS);
		for (int i = 0; i < limit; i++) {
			mvc.perform(walkIn(walkIn, "10.12.7.4").param("fullName", "").param("submissionKey", Secrets.secret()))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(walkIn(walkIn, "10.12.7.4").param("fullName", "นางสาวรอ ก่อน").param("organisation", "ร้านค้าชุมชน").param("sector", "PRIVATE")
			.param("consent", "true").param("submissionKey", Secrets.secret()))
			.andExpect(status().isTooManyRequests()).andExpect(content().string(containsString("มากเกินไป")));
		mvc.perform(walkIn(walkIn, "10.12.7.5").param("fullName", "นางสาวรอ ก่อน").param("organisation", "ร้านค้าชุมชน").param("sector", "PRIVATE")
			.param("consent", "true").param("submissionKey", Secrets.secret()))
			.andExpect(status().isOk());
		assertThat(attendance.attendees(OWN, hearing.id())).extracting(a -> a.person().fullName())
			.containsExactly("นางสาวรอ ก่อน");
	}
}
