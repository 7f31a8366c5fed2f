package org.smartcityplanner.dashboard.internal.national;

import org.smartcityplanner.engagement.EngagementClosed;
import org.smartcityplanner.engagement.EngagementOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Restages a province when an engagement for it opens or closes, so the national view moves between "no
 * engagement" and "engaged" as soon as the admin acts rather than at the next periodic refresh.
 */
@Component
class NationalEngagementEvents {

	private final NationalSync sync;

	NationalEngagementEvents(NationalSync sync) {
		this.sync = sync;
	}

	@ApplicationModuleListener(id = "dashboard.national.engagement-opened")
	void on(EngagementOpened event) {
		sync.refresh(event.province());
	}

	@ApplicationModuleListener(id = "dashboard.national.engagement-closed")
	void on(EngagementClosed event) {
		sync.refresh(event.province());
	}
}
