package org.smartcityplanner.engagement.web.workplan;

import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may see an engagement addressed by id (the API's routes carry no province): admins
 * every engagement, consultants and coordinators those of provinces they may reach. Any other engagement answers as
 * if it did not exist.
 */
@Component
class EngagementAccess {

	private final WorkPlanUseCases workPlans;
	private final IdentityApi identity;

	EngagementAccess(WorkPlanUseCases workPlans, IdentityApi identity) {
		this.workPlans = workPlans;
		this.identity = identity;
	}

	/** The plan of an engagement the user may see. */
	WorkPlan readable(long engagementId) {
		CurrentUser user = user();
		return workPlans.plan(engagementId)
			.filter(plan -> user.isAdmin() || identity.accessibleProvinces(user).contains(plan.engagement().province()))
			.orElseThrow(() -> new NotInProvinceException("engagementId", engagementId));
	}

	CurrentUser user() {
		return identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}
}
