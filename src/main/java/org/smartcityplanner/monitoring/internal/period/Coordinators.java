package org.smartcityplanner.monitoring.internal.period;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may run the follow-up: the province's coordinator (and an institute admin). Opening and locking periods,
 * approving and returning values, naming owners.
 */
@Component
public class Coordinators {

	private final IdentityApi identity;

	Coordinators(IdentityApi identity) {
		this.identity = identity;
	}

	public boolean isCoordinator(CurrentUser user) {
		return user != null && (user.has(Role.COORDINATOR) || user.isAdmin());
	}

	/** @throws AccessDeniedException unless the signed-in user is a coordinator or an admin */
	public CurrentUser require() {
		CurrentUser user = identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!isCoordinator(user)) {
			throw new AccessDeniedException("Only the coordinator runs the follow-up");
		}
		return user;
	}
}
