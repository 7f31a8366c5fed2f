package org.smartcityplanner.training.internal;

import org.smartcityplanner.identity.IdentityApi;
import org.springframework.stereotype.Component;

/** The username recorded as author, or {@code system} outside a signed-in request. */
@Component("trainingCurrentActor")
class CurrentActor {

	private final IdentityApi identity;

	CurrentActor(IdentityApi identity) {
		this.identity = identity;
	}

	String username() {
		return identity.actorName();
	}
}
