package org.smartcityplanner.training.internal;

import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.publicaccess.LinkSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.RegistrationGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link RegistrationGuard} with attempts counted in {@code trn_registration_attempt}. */
@Service
class DatabaseRegistrationGuard implements RegistrationGuard {

	static final Duration STAMP_VALID_FOR = Duration.ofHours(2);

	private final JdbcClient jdbc;
	private final LinkSigner keys;
	private final Clock clock;

	DatabaseRegistrationGuard(JdbcClient jdbc, LinkSigner keys, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public String formStamp(Instant shownAt) {
		long seconds = shownAt.getEpochSecond();
		return seconds + "." + keys.sign("registration-form:" + seconds);
	}

	@Override
	// counted even when the registration that follows fails, so a bot cannot probe for free
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Verdict judge(String clientAddress, String honeypot, String stamp) {
		Instant now = clock.instant();
		String client = Secrets.hash("client:" + (clientAddress == null ? "" : clientAddress));
		int recent = jdbc.sql("select count(*) from trn_registration_attempt where client_hash = ? and attempted_at > ?")
			.params(client, Utc.of(now.minus(Duration.ofMinutes(WINDOW_MINUTES)))).query(Integer.class).single();
		if (recent >= MAX_ATTEMPTS) {
			return Verdict.RATE_LIMITED;
		}
		jdbc.sql("insert into trn_registration_attempt (client_hash, attempted_at) values (?, ?)")
			.params(client, Utc.of(now)).update();
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.BOT;
		}
		Instant shown = shownAt(stamp);
		if (shown == null || now.isBefore(shown.plusSeconds(MIN_SECONDS)) || now.isAfter(shown.plus(STAMP_VALID_FOR))) {
			return Verdict.TOO_FAST_OR_STALE;
		}
		return Verdict.PASS;
	}

	private Instant shownAt(String stamp) {
		if (stamp == null || !stamp.matches("\\d{1,12}\\.[A-Za-z0-9_-]{20,60}")) {
			return null;
		}
		String seconds = stamp.substring(0, stamp.indexOf('.'));
		String signature = stamp.substring(stamp.indexOf('.') + 1);
		return keys.verify("registration-form:" + seconds, signature)
				? Instant.ofEpochSecond(Long.parseLong(seconds)) : null;
	}

	/** Forgets attempts older than the window; called by the nightly job. */
	@Transactional
	int forgetOldAttempts() {
		return jdbc.sql("delete from trn_registration_attempt where attempted_at < ?")
			.param(Utc.of(clock.instant().minus(Duration.ofMinutes(WINDOW_MINUTES)))).update();
	}
}
