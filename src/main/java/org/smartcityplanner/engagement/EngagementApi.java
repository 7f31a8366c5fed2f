package org.smartcityplanner.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Province engagements and their consultant teams.
 */
public interface EngagementApi {

	/** Standard length of a provincial engagement, in days. */
	int STANDARD_DAYS = 180;

	/** Most consultants on one team. */
	int MAX_TEAM = 6;

	/** Every engagement, newest first. */
	List<EngagementView> allEngagements();

	/** Engagements of a province, newest first. */
	List<EngagementView> engagementsOf(ProvinceCode province);

	/**
	 * Starts an engagement of {@link #STANDARD_DAYS} days.
	 *
	 * @param leadConsultant account id of the team lead, who must also be in {@code consultants}
	 * @param consultants account ids of the team (4–6 consultants is usual)
	 */
	EngagementView start(ProvinceCode province, String name, LocalDate startDate, long leadConsultant,
			Set<Long> consultants);
}
