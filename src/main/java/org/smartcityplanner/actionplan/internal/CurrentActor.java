package org.smartcityplanner.actionplan.internal;

import org.smartcityplanner.identity.IdentityApi;
import org.springframework.stereotype.Component;

/**
 * The username stored as "last changed by", or {@code system} outside a signed-in request (the optimiser's
 * background worker, demo data). Identity is the one module that knows who is signed in.
 */
@Component("actionPlanCurrentActor")
class CurrentActor {

	private final IdentityApi identity;

	CurrentActor(IdentityApi identity) {
		this.identity = identity;
	}

	String username() {
		return identity.actorName();
	}
}
