package org.smartcityplanner.engagement.web.workplan;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.internal.workplan.DeliverableFile;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanProgress;

/**
 * What the work-plan section of a page shows: the progress panel, the chart and the same data as a table.
 *
 * @param plan the engagement and its plan (no items before it is created)
 * @param progress the progress panel's figures
 * @param chart the Gantt chart
 * @param rows the table rows, in the chart's order
 * @param documentsPath where the province's generated documents are
 * @param team the team, lead first, for choosing owners
 */
public record WorkPlanSection(WorkPlan plan, WorkPlanProgress progress, GanttChart chart, List<ItemRow> rows,
		String documentsPath, List<Member> team) {

	/**
	 * A team member.
	 *
	 * @param userId account id
	 * @param name display name
	 * @param lead whether they lead the team
	 */
	public record Member(long userId, String name, boolean lead) {
	}

	/**
	 * A row of the table.
	 *
	 * @param item the item
	 * @param title its title in the page's language
	 * @param ownerName its owner's name, or empty
	 * @param late not done and past due
	 * @param dueSoon not done and due within seven days
	 * @param files uploaded versions, newest first
	 * @param startDate a phase's first day, else null
	 * @param dueDate the due date
	 */
	public record ItemRow(WorkItem item, String title, String ownerName, boolean late, boolean dueSoon,
			List<DeliverableFile> files, LocalDate startDate, LocalDate dueDate) {

		/** The message key of the status, e.g. {@code workplan.status.APPROVED}. */
		public String statusKey() {
			return "workplan.status." + (item.isPhase() ? "PHASE" : item.status());
		}

		public String kindKey() {
			return "workplan.kind." + item.kind();
		}
	}
}
