package org.smartcityplanner.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as SQL parameters. PostgreSQL's driver cannot bind {@link Instant}; {@link OffsetDateTime} in UTC
 * binds to {@code timestamp with time zone} on both PostgreSQL and H2.
 */
public final class Utc {

	private Utc() {
	}

	/** The instant as a UTC offset date-time, or {@code null} for {@code null}. */
	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** Now, ready to bind. */
	public static OffsetDateTime now() {
		return of(Instant.now());
	}
}
