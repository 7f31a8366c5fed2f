package org.smartcityplanner.publicaccess.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.smartcityplanner.publicaccess.LinkSigner;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.publicaccess.Secrets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublicFormGuard} with attempts counted per form and client by {@link AttemptCounter}. */
@Service
class DatabasePublicFormGuard implements PublicFormGuard {

	static final Duration STAMP_VALID_FOR = Duration.ofHours(STAMP_VALID_HOURS);

	private final AttemptCounter counter;
	private final LinkSigner keys;
	private final Clock clock;
	private final Environment environment;

	DatabasePublicFormGuard(AttemptCounter counter, LinkSigner keys, Clock clock, Environment environment) {
		this.counter = counter;
		this.keys = keys;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	public String formStamp(String form, Instant shownAt) {
		long seconds = shownAt.getEpochSecond();
		// "<form>:<seconds>" is what training signed before the guard moved here, so its stamps still verify
		return seconds + "." + keys.sign(form + ":" + seconds);
	}

	@Override
	public int maxAttempts(String form) {
		return environment.getProperty("scp.public-forms." + form + ".max-attempts", Integer.class, MAX_ATTEMPTS);
	}

	@Override
	// counted even when the submission that follows fails, so a bot cannot probe for free: one statement in its own
	// auto-committed step (outside the caller's transaction), which also holds the counter's row lock for no longer
	// than the statement (every answer from behind one address raises the same row)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Verdict judge(String form, String clientAddress, String honeypot, String stamp) {
		Instant now = clock.instant();
		String client = Secrets.hash("client:" + (clientAddress == null ? "" : clientAddress));
		if (counter.count(form, client, now) > maxAttempts(form)) {
			return Verdict.RATE_LIMITED;
		}
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.BOT;
		}
		Instant shown = shownAt(form, stamp);
		if (shown == null || now.isBefore(shown.plusSeconds(MIN_SECONDS)) || now.isAfter(shown.plus(STAMP_VALID_FOR))) {
			return Verdict.TOO_FAST_OR_STALE;
		}
		return Verdict.PASS;
	}

	private Instant shownAt(String form, String stamp) {
		if (stamp == null || !stamp.matches("\\d{1,12}\\.[A-Za-z0-9_-]{20,60}")) {
			return null;
		}
		String seconds = stamp.substring(0, stamp.indexOf('.'));
		String signature = stamp.substring(stamp.indexOf('.') + 1);
		return keys.verify(form + ":" + seconds, signature) ? Instant.ofEpochSecond(Long.parseLong(seconds)) : null;
	}

	/** Forgets the counters of windows that have ended; called by the nightly job. */
	@Transactional
	int forgetOldAttempts() {
		return counter.forgetEndedWindows(clock.instant());
	}
}
