package org.smartcityplanner.monitoring.domain.project;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * What a progress report must satisfy before it is kept. Each refusal names the field in a message key with the
 * prefix {@code monitoring.project.}, so the reporter reads what to correct; nothing is rounded or guessed.
 */
public final class ProgressRules {

	/** Longest note kept. */
	public static final int NOTE_MAX = 2000;

	private ProgressRules() {
	}

	/**
	 * Checks a report against the adopted allocation.
	 *
	 * @param report the report
	 * @param allocation what the adopted action plan allocates to the project
	 * @param today the current day (a quarter that has not started cannot be reported)
	 * @throws InvalidInputException on the first rule broken
	 */
	public static void check(ProgressReport report, Allocation allocation, LocalDate today) {
		if (report.status() == null) {
			throw new InvalidInputException("monitoring.project.status.required");
		}
		if (report.period().start().isAfter(today)) {
			throw new InvalidInputException("monitoring.project.period.future", report.period().code());
		}
		int percent = report.percentComplete();
		if (percent < 0 || percent > 100) {
			throw new InvalidInputException("monitoring.project.percent.range", String.valueOf(percent));
		}
		if (report.status() == ProjectStatus.NOT_STARTED && percent != 0) {
			throw new InvalidInputException("monitoring.project.percent.notStarted", String.valueOf(percent));
		}
		if (report.status() == ProjectStatus.COMPLETED && percent != 100) {
			throw new InvalidInputException("monitoring.project.percent.completed", String.valueOf(percent));
		}
		if ((report.status() == ProjectStatus.DELAYED || report.status() == ProjectStatus.CANCELLED)
				&& report.note().isEmpty()) {
			throw new InvalidInputException("monitoring.project.note.required");
		}
		if (report.note().length() > NOTE_MAX) {
			throw new InvalidInputException("monitoring.project.note.tooLong", String.valueOf(NOTE_MAX));
		}
		checkMoney(report, allocation);
	}

	private static void checkMoney(ProgressReport report, Allocation allocation) {
		Set<String> seen = new HashSet<>();
		for (MoneyLine line : report.money()) {
			String where = line.year() + " " + line.source();
			if (!seen.add(line.year() + "/" + line.source())) {
				throw new InvalidInputException("monitoring.project.money.duplicate", where);
			}
			if (line.committed().isNegative() || line.disbursed().isNegative()) {
				throw new InvalidInputException("monitoring.project.money.negative", where);
			}
			if (line.disbursed().compareTo(line.committed()) > 0) {
				throw new InvalidInputException("monitoring.project.money.disbursedOverCommitted", where,
						line.disbursed().formatted(), line.committed().formatted());
			}
			var allocated = allocation.of(line.year(), line.source());
			if (line.disbursed().compareTo(allocated) > 0) {
				throw new InvalidInputException("monitoring.project.money.overDisbursed", where,
						line.disbursed().formatted(), allocated.formatted());
			}
			if (line.committed().compareTo(allocated) > 0) {
				throw new InvalidInputException("monitoring.project.money.overCommitted", where,
						line.committed().formatted(), allocated.formatted());
			}
		}
	}
}
