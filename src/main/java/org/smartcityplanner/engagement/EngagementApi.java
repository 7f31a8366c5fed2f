package org.smartcityplanner.engagement;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of province engagements and their consultant teams.
 */
public interface EngagementApi {

	/** Standard length of a provincial engagement, in days. */
	int STANDARD_DAYS = 180;

	/** Most consultants on one team. */
	int MAX_TEAM = 6;

	/** Engagements of a province, newest first. */
	List<EngagementView> engagementsOf(ProvinceCode province);
}
