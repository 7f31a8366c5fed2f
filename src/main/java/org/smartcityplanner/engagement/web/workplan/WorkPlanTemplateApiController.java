package org.smartcityplanner.engagement.web.workplan;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.internal.workplan.Holiday;
import org.smartcityplanner.engagement.internal.workplan.HolidayUseCases;
import org.smartcityplanner.engagement.internal.workplan.TemplateEdit;
import org.smartcityplanner.engagement.internal.workplan.TemplateItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanTemplateUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The work-plan template and the public holidays over the API: read by admins and consultants, changed by admins.
 * A value that cannot be used answers 400 problem+json naming the field; an unknown id 404.
 */
@RestController
@Tag(name = "Engagement work plan")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
class WorkPlanTemplateApiController {

	private final WorkPlanTemplateUseCases template;
	private final HolidayUseCases holidays;

	WorkPlanTemplateApiController(WorkPlanTemplateUseCases template, HolidayUseCases holidays) {
		this.template = template;
		this.holidays = holidays;
	}

	@GetMapping("/api/v1/work-plan-template/items")
	@Operation(summary = "The template's rows: each phase followed by its milestones and deliverables")
	List<TemplateItem> items() {
		return template.items();
	}

	@PostMapping("/api/v1/work-plan-template/items")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a phase, or a milestone or deliverable at the end of a phase")
	ResponseEntity<TemplateItem> add(@RequestBody NewTemplateItem item) {
		return ResponseEntity.status(HttpStatus.CREATED).body(template.add(item.phaseId(), item.kind(), item.edit()));
	}

	@PutMapping("/api/v1/work-plan-template/items/{itemId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Changes a template row; plans already created keep their items")
	TemplateItem update(@PathVariable long itemId, @RequestBody TemplateEdit edit) {
		return template.update(itemId, edit);
	}

	@DeleteMapping("/api/v1/work-plan-template/items/{itemId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Removes a template row (a phase with its items)")
	ResponseEntity<Void> remove(@PathVariable long itemId) {
		template.remove(itemId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/holidays")
	@Operation(summary = "The public holidays due dates avoid")
	List<Holiday> holidays() {
		return holidays.holidays();
	}

	@PostMapping("/api/v1/holidays")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Lists a public holiday (moving holidays once the cabinet has announced them)")
	ResponseEntity<Holiday> addHoliday(@RequestBody NewHoliday holiday) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(holidays.add(holiday.date(), holiday.nameTh(), holiday.nameEn()));
	}

	@DeleteMapping("/api/v1/holidays/{holidayId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Removes a listed holiday")
	ResponseEntity<Void> removeHoliday(@PathVariable long holidayId) {
		holidays.remove(holidayId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A new template row.
	 *
	 * @param phaseId the phase of a milestone or deliverable; null for a phase
	 * @param kind PHASE, MILESTONE or DELIVERABLE
	 */
	record NewTemplateItem(Long phaseId,
			@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "PHASE", "MILESTONE", "DELIVERABLE" }) String kind,
			@Schema(requiredMode = RequiredMode.REQUIRED) String titleTh,
			@Schema(requiredMode = RequiredMode.REQUIRED) String titleEn,
			@Schema(description = "a phase's first day after signing") Integer startOffset,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "30") Integer dueOffset,
			@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "TEAM_LEAD", "ANY_MEMBER" }) String ownerRole,
			@Schema(allowableValues = { "UPLOADED", "GENERATED" }) String production,
			@Schema(example = "MASTER_PLAN_BOOK") String generatedKind) {

		TemplateEdit edit() {
			return new TemplateEdit(titleTh, titleEn, startOffset, dueOffset, ownerRole, production, generatedKind);
		}
	}

	/** A new holiday. */
	record NewHoliday(@Schema(requiredMode = RequiredMode.REQUIRED, example = "2027-02-20") LocalDate date,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "วันมาฆบูชา") String nameTh,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "Makha Bucha Day") String nameEn) {
	}
}
