package org.smartcityplanner.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.notification.UserNotice;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps notices in {@code ntf_notice}. The unique (user, key) index makes a post idempotent across nodes: two
 * nodes posting the same occasion at once leave one row.
 */
@Service
class JdbcNotifications implements NotificationApi {

	// Unit separator: cannot be typed into a name, so arguments containing commas or pipes survive the round trip
	private static final String ARG_SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	JdbcNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	// its own transaction: a duplicate key must not mark the caller's transaction rollback-only
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean post(Notice notice) {
		boolean exists = jdbc.sql("select count(*) from ntf_notice where user_id = ? and notice_key = ?")
			.params(notice.userId(), notice.key())
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into ntf_notice (user_id, province_code, notice_key, message_key, args, link, due_date,
					posted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(notice.userId(), notice.province(), notice.key(), notice.messageKey(),
						String.join(ARG_SEPARATOR, notice.args()), notice.link(), notice.dueDate(), Utc.now())
				.update();
			return true;
		}
		catch (DuplicateKeyException raceLostToAnotherNode) {
			return false;
		}
	}

	@Override
	@Transactional
	public int withdraw(String keyPrefix) {
		if (keyPrefix == null || keyPrefix.isBlank()) {
			throw new IllegalArgumentException("A prefix is required: an empty one would withdraw everything");
		}
		String escaped = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc.sql("delete from ntf_notice where notice_key like ? escape '\\'").param(escaped + "%").update();
	}

	@Override
	public List<UserNotice> of(long userId, int limit) {
		return jdbc.sql("""
				select id, user_id, province_code, notice_key, message_key, args, link, due_date, posted_at, read_at
				from ntf_notice where user_id = ? order by posted_at desc, id desc limit ?""")
			.params(userId, Math.max(0, limit))
			.query(JdbcNotifications::row)
			.list();
	}

	@Override
	public int unreadCount(long userId) {
		return jdbc.sql("select count(*) from ntf_notice where user_id = ? and read_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	@Override
	@Transactional
	public boolean markRead(long userId, long noticeId) {
		return jdbc.sql("update ntf_notice set read_at = ? where id = ? and user_id = ? and read_at is null")
			.params(Utc.now(), noticeId, userId)
			.update() > 0;
	}

	@Override
	public boolean isOwnedBy(long userId, long noticeId) {
		return jdbc.sql("select count(*) from ntf_notice where id = ? and user_id = ?").params(noticeId, userId)
			.query(Integer.class)
			.single() > 0;
	}

	private static UserNotice row(ResultSet rs, int rowNumber) throws SQLException {
		String args = rs.getString("args");
		Notice notice = new Notice(rs.getLong("user_id"), rs.getString("province_code"), rs.getString("notice_key"),
				rs.getString("message_key"),
				args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1)),
				rs.getString("link"), rs.getObject("due_date", java.time.LocalDate.class));
		return new UserNotice(rs.getLong("id"), notice, instant(rs.getTimestamp("posted_at")),
				instant(rs.getTimestamp("read_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
