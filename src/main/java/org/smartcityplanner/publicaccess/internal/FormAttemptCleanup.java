package org.smartcityplanner.publicaccess.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, forgets the public-form attempts older than the rate-limit window: they only ever serve the
 * limit, and they hold (hashed) client addresses. ShedLock makes sure only one node runs it.
 */
@Component
class FormAttemptCleanup {

	private final DatabasePublicFormGuard guard;

	FormAttemptCleanup(DatabasePublicFormGuard guard) {
		this.guard = guard;
	}

	@Scheduled(cron = "${scp.jobs.public-form-cleanup.cron:0 33 2 * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "public-form-cleanup", lockAtMostFor = "PT10M")
	void forgetOldAttempts() {
		guard.forgetOldAttempts();
	}
}
