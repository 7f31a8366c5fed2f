package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An engagement's work plan: created from the template, its items' owners and due dates edited by the admin, its
 * milestones and deliverables moved on by the team. Every id is checked to belong to the engagement; an item of
 * another engagement is refused ({@code NotInProvinceException}) and nothing is stored.
 */
public interface WorkPlanUseCases {

	/**
	 * Writes the engagement's work plan from the current template: due dates counted from the signing date on working
	 * days, within the engagement; owners by the template's role (the team lead, or nobody yet for "any member").
	 * Refused when the engagement already has a plan.
	 *
	 * @return the plan created
	 */
	WorkPlan createFromTemplate(long engagementId);

	/** The engagement and its plan (empty items when none was created yet); empty for no such engagement. */
	Optional<WorkPlan> plan(long engagementId);

	/** The plan of the province's most recent engagement, if it has one. */
	Optional<WorkPlan> planOf(ProvinceCode province);

	/** Gives an item to a team member (null: nobody); a user not on the team is refused. */
	WorkItem assignOwner(long engagementId, long itemId, Long ownerUserId);

	/** Moves an item's due date; a date outside the engagement is refused. */
	WorkItem moveDueDate(long engagementId, long itemId, LocalDate dueDate);

	/** Sets an item's owner and due date together (both checked, or neither stored). */
	WorkItem editItem(long engagementId, long itemId, Long ownerUserId, LocalDate dueDate);

	/** Marks a milestone done or pending again; only team members may. */
	WorkItem setMilestone(long engagementId, long itemId, String status, long actorUserId);

	/** Moves a deliverable on (start, request review, approve, return with a reason), by the review rules. */
	WorkItem moveDeliverable(long engagementId, long itemId, String status, long actorUserId, String reason);

	/** Uploads a new version of an uploaded deliverable's file; only team members may, not once approved. */
	DeliverableFile upload(long engagementId, long itemId, long actorUserId, String originalFileName, byte[] content);

	/** Versions of the deliverable's file, newest first. */
	List<DeliverableFile> files(long engagementId, long itemId);

	/** A file of the engagement with its bytes. */
	Optional<DeliverableFile.Content> file(long engagementId, long fileId);

	/** Progress as of a day. */
	Optional<WorkPlanProgress> progress(long engagementId, LocalDate today);
}
