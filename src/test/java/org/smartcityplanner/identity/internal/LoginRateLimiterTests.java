package org.smartcityplanner.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class LoginRateLimiterTests {

	@Autowired
	JdbcClient jdbc;

	MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
	LoginRateLimiter limiter;
	String user;
	String address;

	@BeforeEach
	void setUp() {
		limiter = new LoginRateLimiter(jdbc, clock);
		user = "user-" + UUID.randomUUID();
		address = "10.0." + UUID.randomUUID().hashCode();
	}

	@Test
	void locksAnAccountAfterFiveFailuresInTheWindow() {
		for (int i = 0; i < LoginRateLimiter.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
			limiter.recordFailure(user, address + i);
		}
		assertThat(limiter.lockedUntil(user, "elsewhere")).isEmpty();
		limiter.recordFailure(user, address);
		assertThat(limiter.lockedUntil(user, "elsewhere")).contains(clock.instant().plus(LoginRateLimiter.LOCK));
	}

	@Test
	void theLockEndsByItself() {
		for (int i = 0; i < LoginRateLimiter.MAX_FAILURES_PER_ACCOUNT; i++) {
			limiter.recordFailure(user, address);
		}
		clock.advance(LoginRateLimiter.LOCK.plusSeconds(1));
		assertThat(limiter.lockedUntil(user, address)).isEmpty();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUp() {
		for (int i = 0; i < LoginRateLimiter.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
			limiter.recordFailure(user, address);
		}
		clock.advance(LoginRateLimiter.WINDOW.plusMinutes(1));
		limiter.recordFailure(user, address);
		assertThat(limiter.lockedUntil(user, address)).isEmpty();
	}

	@Test
	void locksAnAddressThatGuessesAtManyAccounts() {
		for (int i = 0; i < LoginRateLimiter.MAX_FAILURES_PER_ADDRESS; i++) {
			limiter.recordFailure("someone-" + i + "-" + user, address);
		}
		assertThat(limiter.lockedUntil("a-fresh-name", address)).isPresent();
	}

	@Test
	void successClearsTheAccountCountButNotTheAddressCount() {
		for (int i = 0; i < LoginRateLimiter.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
			limiter.recordFailure(user, address);
		}
		limiter.recordSuccess(user);
		limiter.recordFailure(user, address);
		assertThat(limiter.lockedUntil(user, "elsewhere")).isEmpty();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
