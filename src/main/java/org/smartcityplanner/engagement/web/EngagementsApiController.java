package org.smartcityplanner.engagement.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.internal.EngagementLifecycle;
import org.smartcityplanner.engagement.internal.progress.EngagementProgress;
import org.smartcityplanner.engagement.internal.progress.ProgressReadModel;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Engagements over the API (institute admins): list with progress, get, open, change title and dates, close.
 * Refusals are problem+json naming the reason in the request's language.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Engagements", description = "Province engagements: life cycle and progress (institute admins)")
class EngagementsApiController {

	private final EngagementLifecycle lifecycle;
	private final ProgressReadModel progress;
	private final ReferenceApi reference;

	EngagementsApiController(EngagementLifecycle lifecycle, ProgressReadModel progress, ReferenceApi reference) {
		this.lifecycle = lifecycle;
		this.progress = progress;
		this.reference = reference;
	}

	/**
	 * A new engagement.
	 *
	 * @param provinceCode the province, e.g. {@code TH-65}
	 * @param title the engagement's title
	 * @param startDate the signing date
	 * @param endDate the last day; 180 days from the signing date when left out
	 */
	record OpenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank String provinceCode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 300) String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * Changes to an open engagement; fields left out keep their value.
	 *
	 * @param title new title
	 * @param startDate new signing date
	 * @param endDate new last day
	 */
	record PatchRequest(@Size(max = 300) String title, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * Closing an engagement.
	 *
	 * @param closedOn the closing date
	 */
	record CloseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDate closedOn) {
	}

	@GetMapping("/api/v1/engagements")
	@Operation(summary = "Every engagement with its progress and health, open first")
	List<EngagementProgress> list(@RequestParam(required = false) EngagementStatus status) {
		return progress.all(status, LocalDate.now(EngagementPageController.BANGKOK));
	}

	@GetMapping("/api/v1/engagements/{engagementId}")
	@Operation(summary = "One engagement with its team")
	EngagementView get(@PathVariable long engagementId) {
		return existing(engagementId);
	}

	@PostMapping("/api/v1/engagements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an engagement (refused when it overlaps the province's open engagement)")
	EngagementView open(@Valid @RequestBody OpenRequest request) {
		if (!ProvinceCode.isValid(request.provinceCode())
				|| reference.province(ProvinceCode.of(request.provinceCode())).isEmpty()) {
			throw new InvalidInputException("validation.province.unknown");
		}
		return lifecycle.open(ProvinceCode.of(request.provinceCode()), request.title(), request.startDate(),
				request.endDate());
	}

	@PatchMapping("/api/v1/engagements/{engagementId}")
	@Operation(summary = "Change an open engagement's title or dates")
	EngagementView patch(@PathVariable long engagementId, @Valid @RequestBody PatchRequest request) {
		EngagementView current = existing(engagementId);
		return lifecycle.edit(engagementId, request.title() != null ? request.title() : current.name(),
				request.startDate() != null ? request.startDate() : current.startDate(),
				request.endDate() != null ? request.endDate() : current.endDate());
	}

	@PostMapping("/api/v1/engagements/{engagementId}/close")
	@Operation(summary = "Close an open engagement on a date")
	EngagementView close(@PathVariable long engagementId, @Valid @RequestBody CloseRequest request) {
		existing(engagementId);
		return lifecycle.close(engagementId, request.closedOn());
	}

	private EngagementView existing(long engagementId) {
		return lifecycle.engagement(engagementId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
