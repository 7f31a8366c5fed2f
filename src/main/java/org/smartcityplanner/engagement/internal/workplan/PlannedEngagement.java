package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;
import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the work plan needs to know of an engagement: its province, period and team.
 *
 * @param id the engagement's id
 * @param province its province
 * @param name its name
 * @param startDate the signing date, its first day
 * @param endDate its last day
 * @param team account id of each member, mapped to whether they lead the team
 */
public record PlannedEngagement(long id, ProvinceCode province, String name, LocalDate startDate, LocalDate endDate,
		Map<Long, Boolean> team) {

	public PlannedEngagement {
		team = Map.copyOf(team);
	}

	/** Whether the account is on the team. */
	public boolean onTeam(long userId) {
		return team.containsKey(userId);
	}

	/** Whether the account leads the team. */
	public boolean isLead(long userId) {
		return team.getOrDefault(userId, false);
	}

	/** The team lead's account id, or null when the team has none. */
	public Long lead() {
		return team.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst().orElse(null);
	}

	/** Days of the work period, both ends included. */
	public long totalDays() {
		return java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) + 1;
	}
}
