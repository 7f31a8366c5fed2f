package org.smartcityplanner.engagement.domain.lifecycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * The rules of an engagement's life: one open engagement per province at a time, a closed engagement is history
 * (no more edits), and an engagement is closed once, on a day within or after its period.
 */
public final class LifecycleRules {

	private LifecycleRules() {
	}

	/**
	 * Another engagement of the same province, as the overlap rule sees it.
	 *
	 * @param id its id
	 * @param title its title
	 * @param period its work period
	 * @param status open or closed
	 */
	public record Existing(long id, String title, EngagementPeriod period, EngagementStatus status) {
	}

	/**
	 * Refuses a period that overlaps an OPEN engagement of the same province (closed ones are history and block
	 * nothing), naming the other engagement and its dates.
	 *
	 * @param selfId the engagement being edited, or {@code null} for a new one (it never conflicts with itself)
	 */
	public static void requireNoOverlap(Long selfId, EngagementPeriod period, Collection<Existing> sameProvince) {
		sameProvince.stream()
			.filter(other -> other.status() == EngagementStatus.OPEN)
			.filter(other -> selfId == null || other.id() != selfId)
			.filter(other -> other.period().overlaps(period))
			.min(Comparator.comparing((Existing other) -> other.period().start()))
			.ifPresent(other -> {
				throw new InvalidInputException("engagement.overlap", other.title(), other.period().start(),
						other.period().end());
			});
	}

	/** A closed engagement keeps its record as it was closed. */
	public static void requireEditable(EngagementStatus status) {
		if (status == EngagementStatus.CLOSED) {
			throw new InvalidInputException("engagement.closed.noEdits");
		}
	}

	/** Closing is once, and not before the work started. */
	public static void requireClosable(EngagementStatus status, EngagementPeriod period, LocalDate closedOn) {
		requireEditable(status);
		if (closedOn == null) {
			throw new InvalidInputException("engagement.close.dateRequired");
		}
		if (closedOn.isBefore(period.start())) {
			throw new InvalidInputException("engagement.close.beforeStart", period.start());
		}
	}

	/** A title is required and at most 300 characters (the column's width). */
	public static String requireTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("engagement.title.required");
		}
		String trimmed = title.strip();
		if (trimmed.length() > 300) {
			throw new InvalidInputException("engagement.title.tooLong", 300);
		}
		return trimmed;
	}
}
