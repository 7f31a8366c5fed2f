package org.smartcityplanner.monitoring.internal.project;

import java.util.List;

import org.smartcityplanner.monitoring.domain.project.Allocation;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.shared.Baht;

/**
 * A project of the adopted action plan with its allocation and its latest progress report.
 *
 * @param projectId the plan project
 * @param name its name
 * @param dimension smart dimension code of its goal
 * @param agency the responsible agency (of its latest action plan year)
 * @param allocation what the action plan allocates, per fiscal year and budget source
 * @param milestones the action plan's quarterly milestones, each prefixed with its quarter
 * @param latest its latest report, or {@code null} while none was submitted
 */
public record ProjectProgress(String projectId, String name, String dimension, String agency, Allocation allocation,
		List<String> milestones, StoredReport latest) {

	public ProjectProgress {
		milestones = List.copyOf(milestones);
	}

	/** The latest reported status, or {@code null} while not reported. */
	public ProjectStatus status() {
		return latest == null ? null : latest.report().status();
	}

	/** The latest reported percentage; 0 while not reported. */
	public int percentComplete() {
		return latest == null ? 0 : latest.report().percentComplete();
	}

	public Baht committed() {
		return latest == null ? Baht.ZERO : latest.report().committed();
	}

	public Baht disbursed() {
		return latest == null ? Baht.ZERO : latest.report().disbursed();
	}

	/** Share of the allocation disbursed, in whole percent (0 without an allocation). */
	public int disbursedPercent() {
		long allocated = allocation.total().satang();
		return allocated == 0 ? 0 : (int) (disbursed().satang() * 100 / allocated);
	}
}
