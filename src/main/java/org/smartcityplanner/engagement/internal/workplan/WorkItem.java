package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;

/**
 * A phase, milestone or deliverable of an engagement's work plan.
 *
 * @param id the item's id
 * @param engagementId its engagement
 * @param kind PHASE, MILESTONE or DELIVERABLE
 * @param parentId the phase of a milestone or deliverable
 * @param position order within its phase
 * @param titleTh Thai title
 * @param titleEn English title
 * @param startDate a phase's first day
 * @param dueDate when it is due (a phase: its last day)
 * @param ownerUserId the team member who owns it, or null
 * @param status NOT_STARTED…APPROVED for deliverables, PENDING/DONE for milestones, derived for phases
 * @param completedOn when it was approved or done
 * @param production UPLOADED or GENERATED
 * @param generatedKind the generated document of a GENERATED deliverable
 * @param ownerRole TEAM_LEAD or ANY_MEMBER, from the template
 * @param returnReason the team lead's reason, when returned
 * @param version optimistic-lock version
 */
public record WorkItem(long id, long engagementId, String kind, Long parentId, int position, String titleTh,
		String titleEn, LocalDate startDate, LocalDate dueDate, Long ownerUserId, String status, LocalDate completedOn,
		String production, String generatedKind, String ownerRole, String returnReason, int version) {

	public boolean isPhase() {
		return "PHASE".equals(kind);
	}

	public boolean isMilestone() {
		return "MILESTONE".equals(kind);
	}

	public boolean isDeliverable() {
		return "DELIVERABLE".equals(kind);
	}

	public boolean isGenerated() {
		return "GENERATED".equals(production);
	}

	/** Approved (deliverable) or done (milestone). */
	public boolean done() {
		return "APPROVED".equals(status) || "DONE".equals(status);
	}

	/** Not done and its due date has passed. */
	public boolean lateOn(LocalDate today) {
		return !isPhase() && !done() && dueDate.isBefore(today);
	}

	/** Not done and due within the next seven days (today included). */
	public boolean dueSoonOn(LocalDate today) {
		return !isPhase() && !done() && !dueDate.isBefore(today) && !dueDate.isAfter(today.plusDays(7));
	}

	/** The title in the page's language. */
	public String title(boolean thai) {
		return thai ? titleTh : titleEn;
	}
}
