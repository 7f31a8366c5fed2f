package org.smartcityplanner.training.web;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.internal.PersonalLinkUseCases;
import org.smartcityplanner.training.report.PersonalLinkFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The cohort's personal links over the API: how many trainees have none in hand, and the link sheet or list
 * (which issues the links on it). A bad scope or format answers 400 problem+json naming it; a cohort of another
 * province answers 404.
 */
@RestController
@Tag(name = "Training")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class PersonalLinkApiController {

	private final PersonalLinkUseCases links;
	private final PersonalLinkFiles files;

	PersonalLinkApiController(PersonalLinkUseCases links, PersonalLinkFiles files) {
		this.links = links;
		this.files = files;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/training/cohorts/{cohortId}/personal-links")
	@Operation(summary = "How many trainees of the cohort never had their personal link in hand (imported ones)")
	LinkStatus status(@Parameter(example = "TH-65") @PathVariable String provinceCode, @PathVariable long cohortId) {
		return new LinkStatus(links.notHandedOut(ProvinceCode.of(provinceCode), cohortId));
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/training/cohorts/{cohortId}/personal-links")
	@Operation(summary = "Issues personal links and returns them as a printable sheet (pdf, docx: a QR code, the "
			+ "link and a cut line per trainee) or a list (csv). Links are secrets kept only as hashes, so they are "
			+ "shown once, here; scope 'all' ends every earlier link of the cohort")
	ResponseEntity<byte[]> issue(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@PathVariable long cohortId,
			@Parameter(description = "new: trainees who never had their link in hand; all: every trainee (their "
					+ "earlier links stop working)", schema = @Schema(allowableValues = { "new", "all" },
							defaultValue = "new")) @RequestParam(required = false) String scope,
			@Parameter(required = true, schema = @Schema(allowableValues = { "pdf", "docx", "csv" }))
			@RequestParam(required = false) String format) {
		return PersonalLinkController.file(files, ProvinceCode.of(provinceCode), cohortId, scope, format);
	}

	/**
	 * @param notHandedOut trainees (not anonymised) who never had their personal link in hand
	 */
	record LinkStatus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int notHandedOut) {
	}
}
