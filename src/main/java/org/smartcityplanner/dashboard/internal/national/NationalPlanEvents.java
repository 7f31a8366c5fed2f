package org.smartcityplanner.dashboard.internal.national;

import org.smartcityplanner.plan.PlanStarted;
import org.smartcityplanner.plan.PlanStatusChanged;
import org.smartcityplanner.plan.PlanVersionSaved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Restages a province when its plan starts, moves along its approval flow or saves a version (the dimensions its
 * goals cover are read again then). Listener ids are fixed so publications stored before a refactoring still
 * reach them after a restart; a refresh rewrites the province's rows whole, so a repeated delivery is harmless.
 */
@Component
class NationalPlanEvents {

	private final NationalSync sync;

	NationalPlanEvents(NationalSync sync) {
		this.sync = sync;
	}

	@ApplicationModuleListener(id = "dashboard.national.plan-started")
	void on(PlanStarted event) {
		sync.refresh(event.province());
	}

	@ApplicationModuleListener(id = "dashboard.national.plan-status-changed")
	void on(PlanStatusChanged event) {
		sync.refresh(event.province());
	}

	@ApplicationModuleListener(id = "dashboard.national.plan-version-saved")
	void on(PlanVersionSaved event) {
		sync.refresh(event.province());
	}
}
