package org.smartcityplanner.publicaccess.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, erases the personal data of every consent whose retention date has passed (PDPA: kept no longer
 * than needed), whatever module holds it. ShedLock makes sure only one node runs it.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final PersonalDataConsents consents;

	RetentionJob(PersonalDataConsents consents) {
		this.consents = consents;
	}

	@Scheduled(cron = "${scp.jobs.personal-data-retention.cron:0 37 2 * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT30M")
	void eraseExpired() {
		int count = consents.eraseExpired();
		if (count > 0) {
			log.info("Personal-data retention: erased {} records", count);
		}
	}
}
