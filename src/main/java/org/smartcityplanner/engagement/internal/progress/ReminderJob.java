package org.smartcityplanner.engagement.internal.progress;

import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly, under the database lock so one node of a cluster runs it: reminders of the work plans' due dates and
 * reviews ({@link Reminders}). Hourly so that a review requested in the morning reaches the lead the same morning.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${scp.jobs.engagement-reminders.cron:0 7 * * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "engagement-reminders", lockAtMostFor = "PT20M")
	void remind() {
		Reminders.Outcome outcome = reminders.remind(LocalDate.now(BANGKOK));
		if (outcome.posted() > 0 || outcome.withdrawn() > 0) {
			log.info("Engagement reminders: {} posted, {} withdrawn", outcome.posted(), outcome.withdrawn());
		}
	}
}
