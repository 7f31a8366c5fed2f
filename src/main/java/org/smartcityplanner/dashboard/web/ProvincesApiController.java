package org.smartcityplanner.dashboard.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.dashboard.ProvinceOverview;
import org.smartcityplanner.dashboard.ProvinceOverviews;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's provinces with their engagements and target areas.
 */
@RestController
@Tag(name = "Provinces", description = "Provinces the caller works on")
class ProvincesApiController {

	private final ProvinceOverviews overviews;
	private final IdentityApi identity;

	ProvincesApiController(ProvinceOverviews overviews, IdentityApi identity) {
		this.overviews = overviews;
		this.identity = identity;
	}

	@GetMapping("/api/v1/provinces")
	@Operation(summary = "The caller's provinces (for admins: those with work going on)")
	List<ProvinceOverview> mine() {
		return overviews.forUser(identity.currentUser().orElseThrow());
	}

	@GetMapping("/api/v1/provinces/{provinceCode}")
	@Operation(summary = "One province's overview; 403 outside the caller's provinces")
	ProvinceOverview one(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return overviews.of(ProvinceCode.of(provinceCode))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
