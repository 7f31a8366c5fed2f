package org.smartcityplanner.monitoring.internal.project;

import java.util.List;
import java.util.Set;

import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;

/**
 * A progress report as a page or the API sends it; the milestones' texts come from the action plan, the sender
 * only says which are done.
 *
 * @param projectId the plan project
 * @param period the quarter reported on
 * @param status where it stands
 * @param percentComplete 0–100
 * @param milestonesDone positions (from 0) of the milestones done
 * @param money committed and disbursed to date per fiscal year and source
 * @param note explanation (required when delayed or cancelled)
 */
public record ReportInput(String projectId, ReportingQuarter period, ProjectStatus status, int percentComplete,
		Set<Integer> milestonesDone, List<MoneyLine> money, String note) {

	public ReportInput {
		milestonesDone = milestonesDone == null ? Set.of() : Set.copyOf(milestonesDone);
		money = money == null ? List.of() : List.copyOf(money);
	}
}
