package org.smartcityplanner.profile.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Target areas", description = "A province's smart-city target areas")
class AreasApiController {

	private final ProfileApi profile;

	AreasApiController(ProfileApi profile) {
		this.profile = profile;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/areas")
	@Operation(summary = "The province's target areas; 403 outside the caller's provinces")
	List<TargetAreaView> areas(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return profile.areasOf(ProvinceCode.of(provinceCode));
	}
}
