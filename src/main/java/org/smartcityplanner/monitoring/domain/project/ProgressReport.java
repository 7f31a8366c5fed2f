package org.smartcityplanner.monitoring.domain.project;

import java.util.List;

import org.smartcityplanner.shared.Baht;

/**
 * One quarterly progress report of a project of the adopted action plan.
 *
 * @param projectId the plan project
 * @param period the quarter reported on
 * @param status where the project stands
 * @param percentComplete 0–100
 * @param milestones the action plan's milestones with done flags
 * @param money committed and disbursed per fiscal year and budget source, to date
 * @param note what the reporter explains (required when delayed)
 */
public record ProgressReport(String projectId, ReportingQuarter period, ProjectStatus status, int percentComplete,
		List<Milestone> milestones, List<MoneyLine> money, String note) {

	public ProgressReport {
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
		money = money == null ? List.of() : List.copyOf(money);
		note = note == null ? "" : note.strip();
	}

	/** Money committed to date over every year and source. */
	public Baht committed() {
		return money.stream().map(MoneyLine::committed).reduce(Baht.ZERO, Baht::plus);
	}

	/** Money disbursed to date over every year and source. */
	public Baht disbursed() {
		return money.stream().map(MoneyLine::disbursed).reduce(Baht.ZERO, Baht::plus);
	}

	/** How many milestones are done. */
	public long milestonesDone() {
		return milestones.stream().filter(Milestone::done).count();
	}
}
