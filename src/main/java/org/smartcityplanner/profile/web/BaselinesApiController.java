package org.smartcityplanner.profile.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicator baselines", description = "Baseline values of library indicators for a province and its areas")
class BaselinesApiController {

	private final ProfileUseCases profile;

	BaselinesApiController(ProfileUseCases profile) {
		this.profile = profile;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/baselines")
	@Operation(summary = "The province's baselines by indicator code, the province's own before its areas', newest "
			+ "year first; areaId is left out for the whole province, year is Buddhist Era; 403 outside the caller's "
			+ "provinces")
	List<IndicatorBaseline> baselines(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return profile.baselinesOf(ProvinceCode.of(provinceCode));
	}
}
