package org.smartcityplanner.monitoring.internal.kpi;

import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Once a morning (Bangkok time), the KPI reminders; ShedLock makes sure only one node sends them. */
@Component
class KpiReminderJob {

	private static final Logger log = LoggerFactory.getLogger(KpiReminderJob.class);

	private final KpiReminders reminders;

	KpiReminderJob(KpiReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${scp.jobs.monitoring-reminders.cron:0 15 6 * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "monitoring-kpi-reminders", lockAtMostFor = "PT30M")
	void remind() {
		long started = System.nanoTime();
		int posted = reminders.send(LocalDate.now(ZoneId.of("Asia/Bangkok")));
		log.info("KPI reminders: {} new notices in {} ms", posted, (System.nanoTime() - started) / 1_000_000);
	}
}
