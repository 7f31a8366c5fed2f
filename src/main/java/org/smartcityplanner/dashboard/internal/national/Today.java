package org.smartcityplanner.dashboard.internal.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Today's date in Thailand, where certificates are dated: a certification dated today counts from midnight Bangkok
 * time, not seven hours later.
 */
@Component
public class Today {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final Clock clock = Clock.system(BANGKOK);

	public LocalDate date() {
		return LocalDate.now(clock);
	}
}
