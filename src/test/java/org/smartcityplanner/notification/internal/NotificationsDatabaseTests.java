package org.smartcityplanner.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.notification.UserNotice;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class NotificationsDatabaseTests {

	@Autowired
	NotificationApi notifications;

	@Test
	void aSecondPostOfTheSameOccasionIsIgnored() {
		Notice due = new Notice(900_001L, "TH-50", "test:dup:1", "notice.test", List.of("a, b|c", "ก"),
				"/provinces/TH-50/engagement", LocalDate.of(2027, 1, 4));
		assertThat(notifications.post(due)).isTrue();
		assertThat(notifications.post(due)).isFalse();

		List<UserNotice> mine = notifications.of(900_001L, 10);
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).notice()).isEqualTo(due);
		assertThat(mine.get(0).unread()).isTrue();
	}

	@Test
	void marksOnlyTheUsersOwnNoticeRead() {
		notifications.post(new Notice(900_002L, null, "test:read:1", "notice.test", List.of(), "", null));
		long id = notifications.of(900_002L, 1).get(0).id();

		assertThat(notifications.markRead(900_003L, id)).isFalse();
		assertThat(notifications.unreadCount(900_002L)).isEqualTo(1);
		assertThat(notifications.markRead(900_002L, id)).isTrue();
		assertThat(notifications.unreadCount(900_002L)).isZero();
	}

	@Test
	void withdrawsByPrefixTakingUnderscoreLiterally() {
		notifications.post(new Notice(900_004L, null, "test:wd_1:a", "notice.test", List.of(), "", null));
		notifications.post(new Notice(900_004L, null, "test:wdx1:a", "notice.test", List.of(), "", null));

		assertThat(notifications.withdraw("test:wd_1:")).isEqualTo(1);
		assertThat(notifications.of(900_004L, 10)).extracting(n -> n.notice().key()).containsExactly("test:wdx1:a");
		assertThatThrownBy(() -> notifications.withdraw(" ")).isInstanceOf(IllegalArgumentException.class);
	}
}
