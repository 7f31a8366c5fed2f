package org.smartcityplanner.profile.web;

import java.math.BigDecimal;

import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.ProvinceOutline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Uploads the province outline over the API, the same check as the areas page's upload: valid GeoJSON Polygon or
 * MultiPolygon inside Thailand, of plausible size, at most {@link BoundaryCheck#MAX_CHARS} characters. A refusal
 * answers 400 problem+json in the caller's language and leaves the saved outline as it was.
 */
@RestController
@Tag(name = "Target areas", description = "A province's smart-city target areas")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ProvinceOutlineApiController {

	private final ProfileUseCases profile;

	ProvinceOutlineApiController(ProfileUseCases profile) {
		this.profile = profile;
	}

	// no "consumes": any body is read as text and checked, so a wrong content type gets the province check and a
	// clear refusal rather than a bare 415
	@PutMapping("/api/v1/provinces/{provinceCode}/outline.geojson")
	@Operation(summary = "Replace the province outline with a GeoJSON Polygon, MultiPolygon or Feature of one "
			+ "(lon/lat WGS84); drawn under the target areas on the map and in the master-plan book")
	OutlineSaved put(@Parameter(example = "TH-65") @PathVariable String provinceCode, @RequestBody String geoJson) {
		if (geoJson.length() > BoundaryCheck.MAX_CHARS) {
			throw new InvalidInputException("areas.boundary.file.tooLarge", BoundaryInput.MAX_MB);
		}
		try {
			ProvinceOutline saved = profile.replaceProvinceOutline(ProvinceCode.of(provinceCode), geoJson);
			return new OutlineSaved(saved.vertices(), saved.areaSqKm());
		}
		catch (InvalidBoundaryException refused) {
			throw new InvalidInputException(refused.check().problem().messageKey(),
					refused.check().problemArgs().toArray());
		}
	}

	/**
	 * What was saved.
	 *
	 * @param vertices number of points
	 * @param areaSqKm size in km², computed from the geometry
	 */
	record OutlineSaved(int vertices, BigDecimal areaSqKm) {
	}
}
