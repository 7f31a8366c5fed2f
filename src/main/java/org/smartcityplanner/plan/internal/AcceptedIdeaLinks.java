package org.smartcityplanner.plan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.participation.IdeaAccepted;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.plan.model.ItemId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When staff accept a public idea as a plan item, the item gets the idea as one of its sources, so the plan shows
 * it "from the public" next to the meeting resolutions and survey findings.
 */
@Component
class AcceptedIdeaLinks {

	/**
	 * The listener's id in the event publication registry. Fixed, so publications stored before a refactoring
	 * still find this listener when they are republished after a restart.
	 */
	static final String LISTENER_ID = "plan.accepted-idea-link";

	private static final Logger log = LoggerFactory.getLogger(AcceptedIdeaLinks.class);

	private final PlanItemSourceService sources;

	AcceptedIdeaLinks(PlanItemSourceService sources) {
		this.sources = sources;
	}

	/** Idempotent: a second delivery after a restart finds the link there and adds (and audits) nothing. */
	@ApplicationModuleListener(id = LISTENER_ID)
	void on(IdeaAccepted event) {
		if (!PlanItemChoice.TYPE.equals(event.planItem().type())) {
			log.warn("Idea {} of {} was accepted as {}, which is not a plan item; nothing linked", event.idea(),
					event.province(), event.planItem());
			return;
		}
		ItemId item = new ItemId(event.planItem().id());
		if (!sources.linkAcceptedIdea(event.province(), item, event.idea())) {
			log.info("Idea {} of {} is linked to plan item {} already, or the item has left the plan", event.idea(),
					event.province(), item);
		}
	}
}
