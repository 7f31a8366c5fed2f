package org.smartcityplanner.plan.internal;

import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every plan write does after acting: audit the change under the current user's name and publish the
 * module's events, both inside the writer's transaction (the event publication registry stores the events with
 * the change, so a rollback publishes nothing and a crash loses nothing).
 */
@Component
class PlanChanges {

	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final IdentityApi identity;

	PlanChanges(AuditLog audit, ApplicationEventPublisher events, IdentityApi identity) {
		this.audit = audit;
		this.events = events;
		this.identity = identity;
	}

	/** The signed-in user, if any. */
	Optional<CurrentUser> user() {
		return identity.currentUser();
	}

	/** The sign-in name recorded as the author of a change. */
	String actor() {
		return identity.actorName();
	}

	void audit(ProvinceCode province, String type, String id, String action, Object before, Object after) {
		audit.record(new AuditChange(type, id, action, province, before, after));
	}

	void publish(Object event) {
		events.publishEvent(event);
	}
}
