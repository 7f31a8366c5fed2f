package org.smartcityplanner.engagement.web.workplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.internal.workplan.DeliverableFile;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanProgress;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The JSON shapes of the work-plan API. */
final class WorkPlanJson {

	private WorkPlanJson() {
	}

	/** An engagement's plan with its progress. */
	record Plan(@Schema(requiredMode = RequiredMode.REQUIRED) long engagementId,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "TH-65") String provinceCode,
			@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate startDate,
			@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate endDate,
			@Schema(requiredMode = RequiredMode.REQUIRED) Progress progress,
			@Schema(requiredMode = RequiredMode.REQUIRED) List<Item> items) {

		static Plan of(WorkPlan plan, WorkPlanProgress progress) {
			return new Plan(plan.engagement().id(), plan.engagement().province().value(), plan.engagement().startDate(),
					plan.engagement().endDate(), Progress.of(progress), plan.items().stream().map(Item::of).toList());
		}
	}

	/** Days elapsed, deliverables done, late and due soon. */
	record Progress(@Schema(requiredMode = RequiredMode.REQUIRED) long daysElapsed,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "180") long totalDays,
			@Schema(requiredMode = RequiredMode.REQUIRED) long deliverablesDone,
			@Schema(requiredMode = RequiredMode.REQUIRED) long deliverablesTotal,
			@Schema(requiredMode = RequiredMode.REQUIRED) long late,
			@Schema(requiredMode = RequiredMode.REQUIRED) long dueSoon) {

		static Progress of(WorkPlanProgress p) {
			return new Progress(p.daysElapsed(), p.totalDays(), p.deliverablesDone(), p.deliverablesTotal(), p.late(),
					p.dueSoon());
		}
	}

	/** A phase, milestone or deliverable. */
	record Item(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "PHASE", "MILESTONE", "DELIVERABLE" }) String kind,
			@Schema(description = "the phase of a milestone or deliverable") Long phaseId,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "รายงานเบื้องต้น (Inception Report)") String titleTh,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "Inception report") String titleEn,
			@Schema(description = "a phase's first day") LocalDate startDate,
			@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate dueDate,
			Long ownerUserId,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "REVIEW_REQUESTED") String status,
			LocalDate completedOn,
			@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "UPLOADED", "GENERATED" }) String production,
			@Schema(example = "MASTER_PLAN_BOOK") String generatedKind,
			String returnReason) {

		static Item of(WorkItem i) {
			return new Item(i.id(), i.kind(), i.parentId(), i.titleTh(), i.titleEn(), i.startDate(), i.dueDate(),
					i.ownerUserId(), i.status(), i.completedOn(), i.production(), i.generatedKind(), i.returnReason());
		}
	}

	/** An owner and due-date change. */
	record ItemEdit(@Schema(description = "a team member's account id; null leaves the item without owner") Long ownerUserId,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "inside the engagement") LocalDate dueDate) {
	}

	/** A status change. */
	record StatusChange(
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "APPROVED", description = "deliverables: IN_PROGRESS, "
					+ "REVIEW_REQUESTED, APPROVED, RETURNED; milestones: PENDING, DONE") String status,
			@Schema(description = "required when returning a deliverable", example = "ขาดบทวิเคราะห์ SWOT") String reason) {
	}

	/** One uploaded version of a deliverable's file. */
	record File(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = RequiredMode.REQUIRED) long itemId,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "2") int version,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "inception-report.pdf") String fileName,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "application/pdf") String contentType,
			@Schema(requiredMode = RequiredMode.REQUIRED) long sizeBytes,
			@Schema(requiredMode = RequiredMode.REQUIRED) String uploadedBy,
			@Schema(requiredMode = RequiredMode.REQUIRED) Instant uploadedAt) {

		static File of(DeliverableFile f) {
			return new File(f.id(), f.workItemId(), f.versionNo(), f.fileName(), f.contentType(), f.sizeBytes(),
					f.uploadedBy(), f.uploadedAt());
		}
	}

	/** The upload form, for the API documentation (multipart/form-data). */
	record DeliverableUploadForm(@Schema(requiredMode = RequiredMode.REQUIRED, type = "string", format = "binary") String file) {
	}
}
