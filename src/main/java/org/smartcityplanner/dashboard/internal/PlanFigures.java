package org.smartcityplanner.dashboard.internal;

import org.smartcityplanner.actionplan.ActionPlanAdopted;
import org.smartcityplanner.plan.PlanStarted;
import org.smartcityplanner.plan.PlanStatusChanged;
import org.smartcityplanner.plan.PlanVersionSaved;
import org.smartcityplanner.plan.ProjectAdded;
import org.smartcityplanner.plan.ProjectRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with the plan and the action plan. Listener ids are fixed so publications stored
 * before a refactoring still reach them after a restart. Each handler first makes sure the province is seeded,
 * then applies the event in a way that is safe to repeat.
 */
@Component
class PlanFigures {

	private final FiguresSeeder seeder;
	private final FiguresStore store;

	PlanFigures(FiguresSeeder seeder, FiguresStore store) {
		this.seeder = seeder;
		this.store = store;
	}

	@ApplicationModuleListener(id = "dashboard.project-added")
	void on(ProjectAdded event) {
		seeder.ensureKnown(event.province());
		store.addProject(event.province(), event.projectId().value());
	}

	@ApplicationModuleListener(id = "dashboard.project-removed")
	void on(ProjectRemoved event) {
		seeder.ensureKnown(event.province());
		store.removeProject(event.province(), event.projectId().value());
	}

	@ApplicationModuleListener(id = "dashboard.plan-started")
	void on(PlanStarted event) {
		store.planStarted(event.province());
	}

	@ApplicationModuleListener(id = "dashboard.plan-status-changed")
	void on(PlanStatusChanged event) {
		seeder.ensureKnown(event.province());
		store.status(event.province(), event.to());
	}

	@ApplicationModuleListener(id = "dashboard.plan-version-saved")
	void on(PlanVersionSaved event) {
		seeder.ensureKnown(event.province());
		store.versionSaved(event.province(), event.versionId(), event.name());
	}

	@ApplicationModuleListener(id = "dashboard.action-plan-adopted")
	void on(ActionPlanAdopted event) {
		seeder.ensureKnown(event.province());
		store.adopted(event.province(), event.runId(), event.projects(), event.adoptedAt());
	}
}
