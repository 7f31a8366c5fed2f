package org.smartcityplanner.engagement.internal.progress;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.engagement.domain.progress.BuddhistDates;
import org.smartcityplanner.notification.Notice;
import org.smartcityplanner.notification.NotificationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the work plans of open engagements into notices: a deliverable or milestone due within 7 days goes to its
 * owner (the team lead when it has none), an overdue one to its owner and the team lead, a deliverable awaiting
 * review to the team lead. Keys make a second run post nothing new; notices of done items are withdrawn.
 */
@Component
public class Reminders {

	static final String DUE_SOON = "notification.engagement.dueSoon";
	static final String OVERDUE = "notification.engagement.overdue";
	static final String REVIEW = "notification.engagement.review";

	private final JdbcClient jdbc;
	private final NotificationApi notifications;

	Reminders(JdbcClient jdbc, NotificationApi notifications) {
		this.jdbc = jdbc;
		this.notifications = notifications;
	}

	/** What one run did. */
	public record Outcome(int posted, int withdrawn) {
	}

	/** One pass over the open engagements' work items as of {@code today}. */
	public Outcome remind(LocalDate today) {
		int posted = 0;
		int withdrawn = 0;
		for (Item item : items(today)) {
			String prefix = "engagement:" + item.engagementId() + ":item:" + item.id() + ":";
			if (item.done()) {
				withdrawn += notifications.withdraw(prefix);
				continue;
			}
			if (item.status().equals("RETURNED")) {
				// sent back to its owner: the review request it answered no longer asks anything of the lead
				withdrawn += notifications.withdraw(prefix + "review:");
			}
			Set<Long> recipients = new LinkedHashSet<>();
			String occasion = null;
			String messageKey = null;
			if (item.dueDate().isBefore(today)) {
				occasion = "overdue";
				messageKey = OVERDUE;
				addIfPresent(recipients, item.ownerId());
				addIfPresent(recipients, item.leadId());
			}
			else if (!item.dueDate().isAfter(today.plusDays(ProgressReadModel.DUE_SOON_DAYS))) {
				occasion = "due7";
				messageKey = DUE_SOON;
				addIfPresent(recipients, item.ownerId() != null ? item.ownerId() : item.leadId());
			}
			for (long user : recipients) {
				posted += post(user, item, prefix + occasion, messageKey);
			}
			if (item.status().equals("REVIEW_REQUESTED") && item.leadId() != null) {
				posted += post(item.leadId(), item, prefix + "review:" + item.version(), REVIEW);
			}
		}
		return new Outcome(posted, withdrawn);
	}

	private int post(long user, Item item, String key, String messageKey) {
		// both titles and both calendars travel: the reader's language picks ({0} {2} in Thai, {1} {3} in English)
		List<String> args = List.of(item.titleTh(), item.titleEn(), BuddhistDates.thai(item.dueDate()),
				BuddhistDates.english(item.dueDate()));
		return notifications.post(new Notice(user, item.province(), key, messageKey, args,
				"/p/" + item.province() + "/engagement", item.dueDate())) ? 1 : 0;
	}

	private static void addIfPresent(Set<Long> recipients, Long user) {
		if (user != null) {
			recipients.add(user);
		}
	}

	/**
	 * Work items worth a look: not done and due by the 7-day horizon or awaiting review, and done items completed
	 * lately (their notices are withdrawn; older ones were withdrawn by earlier runs).
	 */
	private List<Item> items(LocalDate today) {
		return jdbc.sql("""
				select w.id, w.engagement_id, w.title_th, w.title_en, w.due_date, w.owner_user_id, w.status, w.version,
				  e.province_code,
				  (select min(m.user_id) from eng_team_member m where m.engagement_id = e.id and m.team_lead = true) lead
				from eng_work_item w join eng_engagement e on e.id = w.engagement_id
				where e.status = 'OPEN' and w.kind in ('DELIVERABLE', 'MILESTONE')
				  and ((w.status not in ('APPROVED', 'DONE') and (w.due_date <= :horizon or w.status in ('REVIEW_REQUESTED', 'RETURNED')))
				    or (w.status in ('APPROVED', 'DONE') and (w.completed_on is null or w.completed_on >= :recent)))
				order by w.engagement_id, w.due_date, w.id""")
			.param("horizon", today.plusDays(ProgressReadModel.DUE_SOON_DAYS))
			.param("recent", today.minusDays(14))
			.query((rs, n) -> new Item(rs.getLong("id"), rs.getLong("engagement_id"), rs.getString("title_th"),
					rs.getString("title_en"), rs.getObject("due_date", LocalDate.class),
					(Long) rs.getObject("owner_user_id", Long.class), rs.getString("status"), rs.getInt("version"),
					rs.getString("province_code"), (Long) rs.getObject("lead", Long.class)))
			.list();
	}

	private record Item(long id, long engagementId, String titleTh, String titleEn, LocalDate dueDate, Long ownerId,
			String status, int version, String province, Long leadId) {

		boolean done() {
			return status.equals("APPROVED") || status.equals("DONE");
		}
	}
}
