package org.smartcityplanner.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.testing.SqlStatementCounter;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsWebTests extends WebTestSupport {

	@Autowired
	NotificationApi notifications;

	long reader;
	long other;

	@BeforeEach
	void accounts() {
		reader = account("notice.reader", Role.CONSULTANT);
		other = account("notice.other", Role.CONSULTANT);
		jdbc.sql("delete from ntf_notice where user_id in (?, ?)").params(reader, other).update();
	}

	@Test
	void theInboxWordsNoticesInTheReadersLanguageAndTheBellCountsTheUnread() throws Exception {
		notifications.post(dueSoon(reader, "k1"));
		notifications.post(dueSoon(reader, "k2"));
		Cookie session = signedIn("notice.reader", Role.CONSULTANT);
		mvc.perform(get("/notifications").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ใกล้ครบกำหนด: &quot;รายงานเบื้องต้น&quot; ครบกำหนดวันที่ 8 ต.ค. 2569")))
			.andExpect(content().string(containsString("ยังไม่อ่าน")))
			.andExpect(content().string(containsString("href=\"/p/TH-26/engagement\"")))
			.andExpect(content().string(containsString("การแจ้งเตือน ยังไม่อ่าน 2 รายการ")));
		mvc.perform(get("/notifications").param("lang", "en").cookie(session))
			.andExpect(content().string(containsString("Due soon: &quot;Inception report&quot; is due on 8 Oct 2026")));
	}

	@Test
	void markingReadIsForOnesOwnNoticesOnly() throws Exception {
		notifications.post(dueSoon(reader, "mine"));
		notifications.post(dueSoon(other, "theirs"));
		long mine = notifications.of(reader, 10).get(0).id();
		long theirs = notifications.of(other, 10).get(0).id();
		Cookie session = signedIn("notice.reader", Role.CONSULTANT);

		mvc.perform(post("/notifications/" + mine + "/read").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(notifications.unreadCount(reader)).isZero();
		mvc.perform(post("/api/v1/notifications/" + theirs + "/read").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + theirs + "/read").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(notifications.unreadCount(other)).isEqualTo(1);
		// already read: still a success, not a 404
		mvc.perform(post("/api/v1/notifications/" + mine + "/read").cookie(session).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/notifications/" + mine + "/read").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void theApiListsOnlyTheSignedInUsersNoticesNewestFirst() throws Exception {
		notifications.post(dueSoon(reader, "first"));
		notifications.post(dueSoon(reader, "second"));
		notifications.post(dueSoon(other, "not-mine"));
		Cookie session = signedIn("notice.reader", Role.CONSULTANT);
		mvc.perform(get("/api/v1/notifications").param("lang", "en").cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].text").value(containsString("Inception report")))
			.andExpect(jsonPath("$[0].readAt").doesNotExist());
		mvc.perform(get("/api/v1/notifications").param("limit", "0").cookie(session))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theBellCostsOneCountQueryPerRenderedPage() throws Exception {
		notifications.post(dueSoon(reader, "bell"));
		Cookie session = signedIn("notice.reader", Role.CONSULTANT);
		var recording = SqlStatementCounter.record(() -> {
			try {
				return mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
					.andExpect(content().string(containsString("การแจ้งเตือน ยังไม่อ่าน 1 รายการ")));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(recording.sql().stream().filter(sql -> sql.contains("ntf_notice"))).as(recording.toString())
			.hasSize(1);
	}

	private static Notice dueSoon(long user, String key) {
		return new Notice(user, "TH-26", "test:" + key, "notification.engagement.dueSoon",
				List.of("รายงานเบื้องต้น", "Inception report", "8 ต.ค. 2569", "8 Oct 2026"), "/p/TH-26/engagement",
				LocalDate.of(2026, 10, 8));
	}
}
