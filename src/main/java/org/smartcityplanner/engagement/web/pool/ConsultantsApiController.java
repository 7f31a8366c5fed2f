package org.smartcityplanner.engagement.web.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.internal.pool.AbsenceKind;
import org.smartcityplanner.engagement.internal.pool.ConsultantPool;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.engagement.internal.pool.ProfileUpdate;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The consultant pool for admins' scripts; a consultant reads their own profile at {@code /api/v1/consultants/me}.
 */
@RestController
@Tag(name = "Consultant pool", description = "Consultant profiles, absences and load (admins; own profile for consultants)")
class ConsultantsApiController {

	private final ConsultantPool pool;
	private final IdentityApi identity;

	ConsultantsApiController(ConsultantPool pool, IdentityApi identity) {
		this.pool = pool;
		this.identity = identity;
	}

	@GetMapping("/api/v1/consultants")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Every consultant with their load in a period (today when from/to are left out)")
	List<ConsultantView> list(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		LocalDate start = from == null ? LocalDate.now() : from;
		LocalDate end = to == null ? start : to;
		if (end.isBefore(start)) {
			throw new InvalidInputException("pool.error.periodEndsBeforeStart");
		}
		return pool.consultants(start, end);
	}

	@GetMapping("/api/v1/consultants/me")
	@PreAuthorize("hasRole('CONSULTANT')")
	@Operation(summary = "The signed-in consultant's own profile")
	ConsultantView me() {
		return consultant(identity.currentUser().map(CurrentUser::id).orElseThrow());
	}

	@GetMapping("/api/v1/consultants/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "One consultant with today's load")
	ConsultantView get(@PathVariable long userId) {
		return consultant(userId);
	}

	@PutMapping("/api/v1/consultants/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Save a consultant's profile (send the version you read; null for a first save)")
	ConsultantView save(@PathVariable long userId, @RequestBody ProfileRequest request) {
		consultant(userId);
		ApiFields.required("rank", request.rank());
		ApiFields.required("cap", request.cap());
		return pool.saveProfile(userId, new ProfileUpdate(request.rank(),
				request.tags() == null ? Set.of() : request.tags(),
				request.dimensions() == null ? Set.of() : request.dimensions(), request.homeRegion(), request.cap(),
				request.version()));
	}

	@GetMapping("/api/v1/consultants/{userId}/availability")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "A consultant's absences (leave and other commitments)")
	List<ConsultantView.AbsenceView> absences(@PathVariable long userId) {
		return consultant(userId).absences();
	}

	@PostMapping("/api/v1/consultants/{userId}/availability")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an absence")
	ConsultantView.AbsenceView addAbsence(@PathVariable long userId, @RequestBody AbsenceRequest request) {
		consultant(userId);
		ApiFields.required("fromDate", request.fromDate());
		ApiFields.required("toDate", request.toDate());
		ApiFields.required("kind", request.kind());
		if (request.note() != null && request.note().length() > 300) {
			throw new InvalidInputException("pool.api.tooLong", "note", 300);
		}
		return pool.addAbsence(userId, request.fromDate(), request.toDate(), request.kind(), request.note());
	}

	@DeleteMapping("/api/v1/consultants/{userId}/availability/{absenceId}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an absence of this consultant")
	void removeAbsence(@PathVariable long userId, @PathVariable long absenceId) {
		if (!pool.removeAbsence(userId, absenceId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private ConsultantView consultant(long userId) {
		LocalDate today = LocalDate.now();
		return pool.consultant(userId, today, today)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A consultant's profile.
	 *
	 * @param rank SENIOR_CONSULTANT or CONSULTANT
	 * @param tags fields of expertise
	 * @param dimensions smart-dimension codes they can lead, e.g. {@code MOB}
	 * @param homeRegion region code, e.g. {@code north}, or null
	 * @param cap most engagements at the same time, 1–10
	 * @param version the version read, null for a first save
	 */
	record ProfileRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConsultantRank rank,
			Set<ExpertiseTag> tags, Set<String> dimensions, String homeRegion,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10") Integer cap,
			Integer version) {
	}

	/**
	 * An absence, both ends included.
	 *
	 * @param fromDate first day
	 * @param toDate last day
	 * @param kind LEAVE or OTHER_COMMITMENT
	 * @param note free text up to 300 characters
	 */
	record AbsenceRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate fromDate,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate toDate,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) AbsenceKind kind,
			@Schema(maxLength = 300) String note) {
	}
}
