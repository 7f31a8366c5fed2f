package org.smartcityplanner.training.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, blanks the personal fields of trainees whose cohort's retention period has passed (PDPA: kept no
 * longer than needed). (Old registration attempts are forgotten by
 * publicaccess's own job.) ShedLock makes sure only one node runs it.
 */
@Component
class AnonymisationJob {

	private static final Logger log = LoggerFactory.getLogger(AnonymisationJob.class);

	private final RegistrationService registrations;

	AnonymisationJob(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@Scheduled(cron = "${scp.jobs.training-anonymisation.cron:0 23 2 * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "training-anonymisation", lockAtMostFor = "PT30M")
	void anonymiseExpiredCohorts() {
		int count = registrations.anonymiseExpired();
		if (count > 0) {
			log.info("Training retention: anonymised {} trainees", count);
		}
	}
}
