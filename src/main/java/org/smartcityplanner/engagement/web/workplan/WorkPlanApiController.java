package org.smartcityplanner.engagement.web.workplan;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanProgress;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An engagement's work plan over the API. Admins, and consultants and coordinators of the engagement's province,
 * read it; admins create it and set owners and due dates; the team moves items on and uploads files, the team lead
 * approves. An engagement the caller may not see, or an item or file of another engagement, answers 404; a refused
 * change 400 problem+json naming the field, in the caller's language.
 */
@RestController
@Tag(name = "Engagement work plan")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class WorkPlanApiController {

	private static final String BASE = "/api/v1/engagements/{engagementId}/work-plan";

	private final WorkPlanUseCases workPlans;
	private final EngagementAccess access;
	private final Clock clock;

	WorkPlanApiController(WorkPlanUseCases workPlans, EngagementAccess access, Clock clock) {
		this.workPlans = workPlans;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping(BASE)
	@Operation(summary = "The engagement's work plan (phases, milestones, deliverables) and its progress")
	WorkPlanJson.Plan plan(@PathVariable long engagementId) {
		return json(access.readable(engagementId));
	}

	@PostMapping(BASE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Creates the engagement's work plan from the template (refused when it has one)")
	ResponseEntity<WorkPlanJson.Plan> create(@PathVariable long engagementId) {
		access.readable(engagementId);
		WorkPlan plan = workPlans.createFromTemplate(engagementId);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + engagementId + "/work-plan")).body(json(plan));
	}

	@PutMapping(BASE + "/items/{itemId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sets an item's owner (a team member) and due date (inside the engagement)")
	WorkPlanJson.Item edit(@PathVariable long engagementId, @PathVariable long itemId,
			@RequestBody WorkPlanJson.ItemEdit edit) {
		access.readable(engagementId);
		return WorkPlanJson.Item.of(workPlans.editItem(engagementId, itemId, edit.ownerUserId(), edit.dueDate()));
	}

	@PostMapping(BASE + "/items/{itemId}/status")
	@Operation(summary = "Moves a milestone or deliverable on; only the team lead approves or returns (with a reason)")
	WorkPlanJson.Item status(@PathVariable long engagementId, @PathVariable long itemId,
			@RequestBody WorkPlanJson.StatusChange change) {
		WorkPlan plan = access.readable(engagementId);
		var item = plan.item(itemId).orElseThrow(() -> new NotInProvinceException("itemId", itemId));
		long actor = access.user().id();
		return WorkPlanJson.Item.of(item.isMilestone()
				? workPlans.setMilestone(engagementId, itemId, change.status(), actor)
				: workPlans.moveDeliverable(engagementId, itemId, change.status(), actor, change.reason()));
	}

	@GetMapping(BASE + "/items/{itemId}/files")
	@Operation(summary = "Versions of a deliverable's file, newest first")
	List<WorkPlanJson.File> files(@PathVariable long engagementId, @PathVariable long itemId) {
		access.readable(engagementId);
		return workPlans.files(engagementId, itemId).stream().map(WorkPlanJson.File::of).toList();
	}

	@PostMapping(BASE + "/items/{itemId}/files")
	@Operation(summary = "Uploads a new version of a deliverable's file (PDF, DOCX, XLSX, PPTX, PNG or JPEG, checked by "
			+ "content; at most scp.engagement.deliverable.max-bytes); team members only",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = WorkPlanJson.DeliverableUploadForm.class))))
	ResponseEntity<WorkPlanJson.File> upload(@PathVariable long engagementId, @PathVariable long itemId,
			@Parameter(hidden = true) @RequestPart(required = false) MultipartFile file) throws IOException {
		access.readable(engagementId);
		var added = workPlans.upload(engagementId, itemId, access.user().id(),
				file == null ? null : file.getOriginalFilename(),
				file == null || file.isEmpty() ? new byte[0] : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + engagementId + "/work-plan/files/"
				+ added.id() + "/content")).body(WorkPlanJson.File.of(added));
	}

	@GetMapping(BASE + "/files/{fileId}/content")
	@Operation(summary = "Downloads a version of a deliverable's file, with its sanitised name and detected type")
	ResponseEntity<byte[]> content(@PathVariable long engagementId, @PathVariable long fileId) {
		access.readable(engagementId);
		return DeliverableDownloads.of(workPlans.file(engagementId, fileId)
			.orElseThrow(() -> new NotInProvinceException("fileId", fileId)));
	}

	private WorkPlanJson.Plan json(WorkPlan plan) {
		return WorkPlanJson.Plan.of(plan, WorkPlanProgress.of(plan, LocalDate.now(clock)));
	}
}
