package org.smartcityplanner.engagement;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An engagement as other modules and pages see it.
 *
 * @param id engagement id
 * @param province the province served
 * @param name e.g. "จัดทำแผนแม่บทเมืองอัจฉริยะ จังหวัด..."
 * @param startDate first day of the work period
 * @param endDate last day (start + 180 days by default)
 * @param team consultants on the team, lead first
 * @param status open or closed
 * @param closedOn the closing date, or {@code null} while open
 */
public record EngagementView(long id, ProvinceCode province, String name, LocalDate startDate, LocalDate endDate,
		List<TeamMember> team, EngagementStatus status, LocalDate closedOn) {

	/** Whether it is still running. */
	public boolean open() {
		return status == EngagementStatus.OPEN;
	}

	/**
	 * A consultant on the team.
	 *
	 * @param userId the consultant's account id
	 * @param displayName the consultant's name
	 * @param lead whether they lead the team
	 */
	public record TeamMember(long userId, String displayName, boolean lead) {
	}

	/** Days of the work period, both ends included. */
	public long durationDays() {
		return java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) + 1;
	}
}
