package org.smartcityplanner.monitoring.web.publicpage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.monitoring.internal.renewal.PublicProgress;
import org.smartcityplanner.monitoring.internal.renewal.PublicProgressService;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A province's public progress over the API, for anyone without an account (read-only). */
@RestController
@Tag(name = "Public progress", description = "A province's progress for the public: approved figures only, nothing personal")
class PublicProgressApiController {

	private final PublicProgressService progress;
	private final ReferenceApi reference;

	PublicProgressApiController(PublicProgressService progress, ReferenceApi reference) {
		this.progress = progress;
		this.reference = reference;
	}

	@GetMapping("/api/v1/public/provinces/{code}/progress")
	@Operation(summary = "A province's public progress: approved KPI values against targets, projects with status")
	PublicProgress progress(@PathVariable String code) {
		return progress.of(PublicProgressController.province(reference, code).code(), LocaleContextHolder.getLocale());
	}
}
