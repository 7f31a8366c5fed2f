package org.smartcityplanner.monitoring.domain.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which reminder a period's unreported KPIs are due on a given day: 14, 7 and 1 day before the report is due, and
 * overdue after it. A stage stays current until the next one begins, so a job that missed a day still sends it
 * (once: the notice key carries the stage).
 */
public enum ReminderStage {
	DUE_14(14), DUE_7(7), DUE_1(1), OVERDUE(-1);

	private final int daysBefore;

	ReminderStage(int daysBefore) {
		this.daysBefore = daysBefore;
	}

	public int daysBefore() {
		return daysBefore;
	}

	/** The stage on {@code today} for a report due on {@code due}; empty while more than 14 days remain. */
	public static Optional<ReminderStage> on(LocalDate today, LocalDate due) {
		long daysLeft = ChronoUnit.DAYS.between(today, due);
		if (daysLeft < 0) {
			return Optional.of(OVERDUE);
		}
		if (daysLeft <= 1) {
			return Optional.of(DUE_1);
		}
		if (daysLeft <= 7) {
			return Optional.of(DUE_7);
		}
		return daysLeft <= 14 ? Optional.of(DUE_14) : Optional.empty();
	}
}
