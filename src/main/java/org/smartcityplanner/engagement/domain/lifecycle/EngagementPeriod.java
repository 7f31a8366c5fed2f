package org.smartcityplanner.engagement.domain.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * The work period of an engagement, both ends included.
 *
 * @param start the signing date, first day of work
 * @param end the last day of work
 */
public record EngagementPeriod(LocalDate start, LocalDate end) {

	/** Days of a standard engagement: 180 days from the signing date. */
	public static final int STANDARD_DAYS = 180;

	/**
	 * Longest period accepted. A standard engagement is 180 days; contracts are extended now and then, but a period
	 * of more than 400 days (well over a year) is almost always a typing mistake in the year, e.g. 2027 for 2026 or a
	 * B.E. year typed as C.E., and would distort every "days elapsed" and health figure on the portfolio.
	 */
	public static final int MAX_DAYS = 400;

	public EngagementPeriod {
		if (start == null) {
			throw new InvalidInputException("engagement.period.startRequired");
		}
		if (end == null) {
			throw new InvalidInputException("engagement.period.endRequired");
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("engagement.period.endBeforeStart");
		}
		if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
			throw new InvalidInputException("engagement.period.tooLong", MAX_DAYS);
		}
	}

	/** The standard 180 days from the signing date, or up to {@code end} when one is given. */
	public static EngagementPeriod from(LocalDate signedOn, LocalDate endOrNull) {
		Objects.requireNonNull(signedOn, "signedOn");
		return new EngagementPeriod(signedOn, endOrNull != null ? endOrNull : signedOn.plusDays(STANDARD_DAYS - 1L));
	}

	/** Days of the period, both ends included. */
	public long totalDays() {
		return ChronoUnit.DAYS.between(start, end) + 1;
	}

	/** Days worked by {@code today}, 0 before the start and never more than {@link #totalDays()}. */
	public long daysElapsed(LocalDate today) {
		if (today.isBefore(start)) {
			return 0;
		}
		return Math.min(totalDays(), ChronoUnit.DAYS.between(start, today) + 1);
	}

	/** Whether the two periods share at least one day. */
	public boolean overlaps(EngagementPeriod other) {
		return !start.isAfter(other.end) && !other.start.isAfter(end);
	}
}
