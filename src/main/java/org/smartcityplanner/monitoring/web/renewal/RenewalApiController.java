package org.smartcityplanner.monitoring.web.renewal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.monitoring.domain.renewal.Thresholds;
import org.smartcityplanner.monitoring.internal.renewal.RenewalReadinessService;
import org.smartcityplanner.monitoring.internal.renewal.RenewalThresholdService;
import org.smartcityplanner.monitoring.internal.renewal.StoredThresholds;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Renewal readiness of a province and the national thresholds, over the API. */
@RestController
@Tag(name = "Monitoring", description = "Project progress against the adopted action plan, eMENSCR export, renewal readiness")
class RenewalApiController {

	private final RenewalReadinessService readiness;
	private final RenewalThresholdService thresholds;

	RenewalApiController(RenewalReadinessService readiness, RenewalThresholdService thresholds) {
		this.readiness = readiness;
		this.thresholds = thresholds;
	}

	/** New thresholds with the version read. */
	record ThresholdsBody(@Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100") Integer kpisOnTrackPercent,
			@Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100") Integer projectsOnSchedulePercent,
			@Schema(requiredMode = REQUIRED) Boolean toConfirm, @Schema(requiredMode = REQUIRED) Integer version) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/monitoring/renewal")
	@PreAuthorize(RenewalController.READERS)
	@Operation(summary = "Renewal readiness per smart dimension and overall, with the evidence")
	RenewalReadinessService.Assessment renewal(@PathVariable String provinceCode) {
		return readiness.assess(ProvinceCode.of(provinceCode));
	}

	@GetMapping("/api/v1/monitoring/renewal-thresholds")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The national renewal thresholds (reference data, to confirm)")
	StoredThresholds thresholds() {
		return thresholds.current();
	}

	@PutMapping("/api/v1/monitoring/renewal-thresholds")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the national renewal thresholds (admins)")
	void change(@RequestBody ThresholdsBody body) {
		if (body == null || body.kpisOnTrackPercent() == null || body.projectsOnSchedulePercent() == null
				|| body.version() == null) {
			throw new InvalidInputException("monitoring.renewal.threshold.missing");
		}
		thresholds.change(new Thresholds(body.kpisOnTrackPercent(), body.projectsOnSchedulePercent(),
				!Boolean.FALSE.equals(body.toConfirm())), body.version());
	}
}
