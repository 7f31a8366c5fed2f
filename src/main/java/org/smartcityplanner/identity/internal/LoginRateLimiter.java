package org.smartcityplanner.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account name and per client address in the database (so every node sees the
 * same counts) and locks a key for a while once it fails too often inside the window. Unknown account names
 * are counted like real ones, so the lock reveals nothing about which accounts exist.
 */
@Component
class LoginRateLimiter {

	static final int MAX_FAILURES_PER_ACCOUNT = 5;
	static final int MAX_FAILURES_PER_ADDRESS = 20;
	static final Duration WINDOW = Duration.ofMinutes(15);
	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginRateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When the account or the address is locked, until when. */
	Optional<Instant> lockedUntil(String username, String address) {
		Instant now = clock.instant();
		return latest(lockOf(accountKey(username), now), lockOf(addressKey(address), now));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String username, String address) {
		recordFailure(accountKey(username), MAX_FAILURES_PER_ACCOUNT);
		recordFailure(addressKey(address), MAX_FAILURES_PER_ADDRESS);
	}

	/** A successful sign-in clears the account's count (not the address's: one good password must not unlock
	 * an address that is guessing at others). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		jdbc.sql("delete from idn_login_attempt where attempt_key = ?").param(accountKey(username)).update();
	}

	private void recordFailure(String key, int maxFailures) {
		Instant now = clock.instant();
		Optional<Attempt> existing = jdbc
			.sql("select failures, window_start from idn_login_attempt where attempt_key = ?").param(key)
			.query((rs, row) -> new Attempt(rs.getInt(1), rs.getTimestamp(2).toInstant())).optional();
		if (existing.isEmpty()) {
			jdbc.sql("insert into idn_login_attempt (attempt_key, failures, window_start) values (?, 1, ?)")
				.params(key, Utc.of(now)).update();
			return;
		}
		boolean windowExpired = existing.get().windowStart().plus(WINDOW).isBefore(now);
		int failures = windowExpired ? 1 : existing.get().failures() + 1;
		Instant windowStart = windowExpired ? now : existing.get().windowStart();
		Instant lockedUntil = failures >= maxFailures ? now.plus(LOCK) : null;
		jdbc.sql("update idn_login_attempt set failures = ?, window_start = ?, locked_until = ? where attempt_key = ?")
			.params(failures, Utc.of(windowStart), Utc.of(lockedUntil), key).update();
	}

	private Optional<Instant> lockOf(String key, Instant now) {
		return jdbc.sql("select locked_until from idn_login_attempt where attempt_key = ? and locked_until > ?")
			.params(key, Utc.of(now)).query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
	}

	private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
		if (a.isEmpty()) {
			return b;
		}
		return b.filter(other -> other.isAfter(a.get())).or(() -> a);
	}

	private static String accountKey(String username) {
		return "account:" + (username == null ? "" : UserAccount.normalise(username));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Attempt(int failures, Instant windowStart) {
	}
}
