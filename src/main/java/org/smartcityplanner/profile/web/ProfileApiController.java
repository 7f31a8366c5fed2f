package org.smartcityplanner.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.ProvinceProfileView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Province profile", description = "A province's context, development-plan strategies and SWOT")
class ProfileApiController {

	private final ProfileUseCases profile;

	ProfileApiController(ProfileUseCases profile) {
		this.profile = profile;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/profile")
	@Operation(summary = "The province's context (five parts), its own development-plan strategies and its SWOT; "
			+ "403 outside the caller's provinces")
	ProvinceProfileView profile(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return profile.profileOf(ProvinceCode.of(provinceCode));
	}
}
