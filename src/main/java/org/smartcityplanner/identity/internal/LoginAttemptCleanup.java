package org.smartcityplanner.identity.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets failed-login counters once they can no longer lock anything, so the table holds only the last day.
 */
@Component
class LoginAttemptCleanup {

	private static final Logger log = LoggerFactory.getLogger(LoginAttemptCleanup.class);
	static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginAttemptCleanup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${scp.jobs.login-attempt-cleanup.cron:0 17 * * * *}")
	@SchedulerLock(name = "login-attempt-cleanup", lockAtMostFor = "PT10M")
	void removeExpiredCounters() {
		var cutoff = Utc.of(clock.instant().minus(KEEP));
		int removed = jdbc.sql("""
				delete from idn_login_attempt where window_start < ? and (locked_until is null or locked_until < ?)""")
			.params(cutoff, Utc.of(clock.instant())).update();
		if (removed > 0) {
			log.info("Removed {} expired failed-login counters", removed);
		}
	}
}
