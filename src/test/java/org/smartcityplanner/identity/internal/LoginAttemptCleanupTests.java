package org.smartcityplanner.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class LoginAttemptCleanupTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	LockProvider locks;

	@Test
	void removesCountersOlderThanADayThatLockNothing() {
		Instant now = Instant.parse("2026-11-25T08:00:00Z");
		LoginRateLimiterTests.MutableClock clock = new LoginRateLimiterTests.MutableClock(now);
		LoginRateLimiter limiter = new LoginRateLimiter(jdbc, clock);
		limiter.recordFailure("cleanup-old", "192.0.2.1");
		clock.advance(Duration.ofDays(2));
		limiter.recordFailure("cleanup-recent", "192.0.2.2");

		new LoginAttemptCleanup(jdbc, clock).removeExpiredCounters();

		assertThat(keys()).doesNotContain("account:cleanup-old", "address:192.0.2.1")
			.contains("account:cleanup-recent", "address:192.0.2.2");
	}

	@Test
	void onlyOneNodeHoldsAJobsLockAtATime() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(),
				Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(job);
		assertThat(first).isPresent();
		assertThat(locks.lock(job)).as("a second node asking for the same job").isEmpty();
		first.get().unlock();
		assertThat(locks.lock(job)).isPresent();
	}

	private java.util.List<String> keys() {
		return jdbc.sql("select attempt_key from idn_login_attempt").query(String.class).list();
	}
}
