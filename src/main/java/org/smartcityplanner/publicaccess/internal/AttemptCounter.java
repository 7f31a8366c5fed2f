package org.smartcityplanner.publicaccess.internal;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Public-form attempts per form and client in {@code pac_form_counter}: one row each, raised and read back by one
 * statement, so every node applies the same limit at the cost of one round trip. A window opens at a client's
 * first attempt and lasts {@link PublicFormGuard#WINDOW_MINUTES}; the next attempt after it opens a new one.
 * PostgreSQL does it with {@code insert ... on conflict do update ... returning}; H2 (the default profile) with a
 * {@code merge} read through {@code final table}.
 */
@Component
class AttemptCounter {

	static final Duration WINDOW = Duration.ofMinutes(PublicFormGuard.WINDOW_MINUTES);

	private static final String POSTGRESQL = """
			insert into pac_form_counter as c (form, client_hash, window_started_at, attempts) values (?, ?, ?, 1)
			on conflict (form, client_hash) do update set
			  attempts = case when c.window_started_at > ? then c.attempts + 1 else 1 end,
			  window_started_at = case when c.window_started_at > ? then c.window_started_at else excluded.window_started_at end
			returning attempts""";
	private static final String H2 = """
			select attempts from final table (merge into pac_form_counter c
			using (values (cast(? as varchar(40)), cast(? as varchar(64)), cast(? as timestamp with time zone)))
			  s (form, client_hash, window_started_at)
			on c.form = s.form and c.client_hash = s.client_hash
			when matched then update set
			  attempts = case when c.window_started_at > ? then c.attempts + 1 else 1 end,
			  window_started_at = case when c.window_started_at > ? then c.window_started_at else s.window_started_at end
			when not matched then insert (form, client_hash, window_started_at, attempts)
			  values (s.form, s.client_hash, s.window_started_at, 1))""";

	private final JdbcClient jdbc;
	private final String upsert;

	AttemptCounter(JdbcClient jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.upsert = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
	}

	/** Counts an attempt and returns the attempts of the client's current window, this one included. */
	int count(String form, String clientHash, Instant now) {
		var windowOpenSince = Utc.of(now.minus(WINDOW));
		try {
			return raise(form, clientHash, now, windowOpenSince);
		}
		catch (DuplicateKeyException raced) {
			// H2's merge lets two first attempts race to insert; the row is there now
			return raise(form, clientHash, now, windowOpenSince);
		}
	}

	private int raise(String form, String clientHash, Instant now, java.time.OffsetDateTime windowOpenSince) {
		return jdbc.sql(upsert).params(form, clientHash, Utc.of(now), windowOpenSince, windowOpenSince)
			.query(Integer.class).single();
	}

	/** Forgets the counters whose window has ended: they hold (hashed) client addresses and serve nothing more. */
	int forgetEndedWindows(Instant now) {
		return jdbc.sql("delete from pac_form_counter where window_started_at <= ?").param(Utc.of(now.minus(WINDOW)))
			.update();
	}
}
