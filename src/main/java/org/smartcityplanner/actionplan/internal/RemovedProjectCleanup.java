package org.smartcityplanner.actionplan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.plan.ProjectRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a project leaves the master plan, its budget, settings, scores, proposal forms and action items go too;
 * before, they stayed behind and only the adoption of a run skipped them. Saved optimiser runs keep the project
 * in their inputs (they are a record of what was compared), so adopting an older run still skips it.
 */
@Component
class RemovedProjectCleanup {

	/**
	 * The listener's id in the event publication registry. Fixed, so publications stored before a refactoring
	 * still find this listener when they are republished after a restart.
	 */
	static final String LISTENER_ID = "actionplan.removed-project-cleanup";

	private static final Logger log = LoggerFactory.getLogger(RemovedProjectCleanup.class);

	private final PlanProjects plan;
	private final RemovedProjectRows rows;
	private final AuditLog audit;

	RemovedProjectCleanup(PlanProjects plan, RemovedProjectRows rows, AuditLog audit) {
		this.plan = plan;
		this.rows = rows;
		this.audit = audit;
	}

	/**
	 * Idempotent: the registry may deliver an event twice after a restart, and the second delivery finds nothing
	 * left to remove (and audits nothing).
	 */
	@ApplicationModuleListener(id = LISTENER_ID)
	void on(ProjectRemoved event) {
		String projectId = event.projectId().value();
		// an import keeps item ids, so a late (republished) removal may arrive after the project came back
		if (plan.planProject(event.province(), projectId).isPresent()) {
			log.info("Project {} of {} is in the plan again; its action-plan data stays", projectId, event.province());
			return;
		}
		RemovedProjectRows.Removed removed = rows.remove(event.province(), projectId);
		if (!removed.isEmpty()) {
			audit.record(new AuditChange("actionplan-project", projectId, "removed-with-plan-project", event.province(),
					removed, null));
		}
	}
}
