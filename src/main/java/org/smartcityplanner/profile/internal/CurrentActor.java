package org.smartcityplanner.profile.internal;

import org.smartcityplanner.identity.IdentityApi;
import org.springframework.stereotype.Component;

/**
 * The username stored as "last saved by", or {@code system} outside a request (demo data, jobs).
 */
@Component
class CurrentActor {

	private final IdentityApi identity;

	CurrentActor(IdentityApi identity) {
		this.identity = identity;
	}

	String username() {
		return identity.actorName();
	}
}
