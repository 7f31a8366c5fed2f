package org.smartcityplanner.engagement.internal.workplan;

/**
 * A row of the work-plan template: a phase, or a milestone or deliverable under a phase.
 *
 * @param id the row's id
 * @param kind PHASE, MILESTONE or DELIVERABLE
 * @param parentId the phase of a milestone or deliverable, null for a phase
 * @param position order within its phase (or among phases)
 * @param titleTh Thai title
 * @param titleEn English title
 * @param startOffset a phase's start, days after signing (null for others)
 * @param dueOffset days after signing the item is due (a phase: ends)
 * @param ownerRole TEAM_LEAD or ANY_MEMBER, who owns the item by default
 * @param production UPLOADED or GENERATED (deliverables)
 * @param generatedKind which generated document, for GENERATED deliverables
 */
public record TemplateItem(long id, String kind, Long parentId, int position, String titleTh, String titleEn,
		Integer startOffset, int dueOffset, String ownerRole, String production, String generatedKind) {
}
