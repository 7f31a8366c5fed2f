package org.smartcityplanner.engagement.internal.progress;

import java.time.LocalDate;

import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.domain.progress.Health;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * One engagement's progress as the portfolio and the engagement pages show it, all counted from
 * {@code eng_work_item}.
 *
 * @param id engagement id
 * @param province the province served
 * @param title the engagement's title
 * @param startDate signing date
 * @param endDate last day
 * @param status open or closed
 * @param daysElapsed days worked so far (up to the total)
 * @param totalDays days of the period
 * @param deliverablesDone deliverables approved
 * @param deliverables deliverables in the work plan
 * @param late deliverables and milestones past due and not done
 * @param dueSoon deliverables and milestones not done and due within 7 days
 * @param teamSize consultants on the team
 * @param leadUserId the team lead's account, or {@code null} while there is none
 * @param leadName the team lead's name, or empty
 * @param health on track, at risk, late, or closed
 */
public record EngagementProgress(long id, ProvinceCode province, String title, LocalDate startDate,
		LocalDate endDate, EngagementStatus status, long daysElapsed, long totalDays, long deliverablesDone,
		long deliverables, long late, long dueSoon, int teamSize, Long leadUserId, String leadName, Health health) {

	/** Whether it is still running. */
	public boolean open() {
		return status == EngagementStatus.OPEN;
	}
}
