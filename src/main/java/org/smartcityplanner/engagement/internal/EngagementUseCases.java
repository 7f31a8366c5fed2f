package org.smartcityplanner.engagement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the engagement module's own admin pages (and its demo seed) do beyond the read-only {@link EngagementApi}
 * other modules use. Internal to the module.
 */
public interface EngagementUseCases extends EngagementApi {

	/** Every engagement, newest first. */
	List<EngagementView> allEngagements();

	/**
	 * Starts an engagement of {@link #STANDARD_DAYS} days.
	 *
	 * @param leadConsultant account id of the team lead, who must also be in {@code consultants}
	 * @param consultants account ids of the team (4–6 consultants is usual)
	 */
	EngagementView start(ProvinceCode province, String name, LocalDate startDate, long leadConsultant,
			Set<Long> consultants);
}
