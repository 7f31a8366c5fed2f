package org.smartcityplanner.monitoring.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.monitoring.internal.kpi.KpiReminders;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.notification.UserNotice;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminders job's method, run with a fixed "today". */
class RemindersWebTests extends FollowUpWebTestSupport {

	@Autowired
	KpiReminders reminders;
	@Autowired
	NotificationApi notifications;

	@Test
	void ownersWithUnreportedKpisAreRemindedOncePerStage() throws Exception {
		long q1 = openQuarter(1); // due 30 January 2027 (B.E. 2570)
		String key = "monitoring:TH-19:period:" + q1 + ":user:" + ownerId + ":";

		reminders.send(LocalDate.of(2027, 1, 10)); // 20 days before: nothing yet
		assertThat(keysOf(ownerId)).noneMatch(k -> k.startsWith(key));

		reminders.send(LocalDate.of(2027, 1, 23)); // 7 days before
		assertThat(keysOf(ownerId)).contains(key + "DUE_7");
		assertThat(reminders.send(LocalDate.of(2027, 1, 23))).as("a second run the same day").isZero();

		reminders.send(LocalDate.of(2027, 2, 2));
		assertThat(keysOf(ownerId)).contains(key + "OVERDUE");
		UserNotice overdue = notifications.of(ownerId, 50).stream()
			.filter(notice -> notice.notice().key().equals(key + "OVERDUE")).findFirst().orElseThrow();
		assertThat(overdue.notice().messageKey()).isEqualTo("monitoring.kpi.notice.overdue");
		assertThat(overdue.notice().args()).contains("1", "2570", "30/1/2570");
		assertThat(overdue.notice().link()).isEqualTo("/p/TH-19/monitoring/my-updates");
	}

	private java.util.List<String> keysOf(long userId) {
		return notifications.of(userId, 100).stream().map(notice -> notice.notice().key()).toList();
	}
}
