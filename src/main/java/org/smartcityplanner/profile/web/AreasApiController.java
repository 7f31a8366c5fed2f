package org.smartcityplanner.profile.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Target areas", description = "A province's smart-city target areas")
class AreasApiController {

	static final String GEO_JSON = "application/geo+json";

	private final ProfileUseCases profile;
	private final JsonMapper json;

	AreasApiController(ProfileUseCases profile, JsonMapper json) {
		this.profile = profile;
		this.json = json;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/areas")
	@Operation(summary = "The province's target areas, without boundaries; 403 outside the caller's provinces")
	List<TargetAreaView> areas(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return profile.areasOf(ProvinceCode.of(provinceCode));
	}

	@GetMapping(path = "/api/v1/provinces/{provinceCode}/areas.geojson", produces = { GEO_JSON, "application/json" })
	@Operation(summary = "The boundaries of the province's target areas as a GeoJSON FeatureCollection (RFC 7946, "
			+ "lon/lat WGS84); areas without a boundary are left out; 403 outside the caller's provinces")
	AreaFeatureCollection areasGeoJson(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		List<AreaFeature> features = profile.boundariesOf(ProvinceCode.of(provinceCode)).stream()
			.map(this::feature).toList();
		return new AreaFeatureCollection("FeatureCollection", features);
	}

	@GetMapping(path = "/api/v1/provinces/{provinceCode}/outline.geojson", produces = { GEO_JSON, "application/json" })
	@Operation(summary = "The outline of the whole province as a GeoJSON Feature (lon/lat WGS84), drawn under the "
			+ "target areas; 404 when none has been uploaded; 403 outside the caller's provinces")
	ResponseEntity<OutlineFeature> outline(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return ResponseEntity.of(profile.provinceOutline(ProvinceCode.of(provinceCode))
			.map(outline -> new OutlineFeature("Feature", json.readTree(outline.geoJson()),
					new OutlineProperties(outline.areaSqKm()))));
	}

	private AreaFeature feature(AreaBoundary boundary) {
		TargetAreaView area = boundary.area();
		return new AreaFeature("Feature", area.id(), json.readTree(boundary.geoJson()),
				new AreaProperties(area.name().th(), area.name().en(), area.type(), area.cityType(), area.areaSqKm(),
						area.leadDimensions()));
	}

	/**
	 * A GeoJSON FeatureCollection of target areas.
	 *
	 * @param type always {@code FeatureCollection}
	 * @param features one per area with a boundary
	 */
	@Schema(name = "AreaFeatureCollection")
	record AreaFeatureCollection(String type, List<AreaFeature> features) {
	}

	/**
	 * One target area as a GeoJSON Feature.
	 *
	 * @param type always {@code Feature}
	 * @param id the area id
	 * @param geometry a GeoJSON Polygon or MultiPolygon
	 * @param properties the area's facts
	 */
	@Schema(name = "AreaFeature")
	record AreaFeature(String type, long id,
			@Schema(type = "object", implementation = Object.class, description = "GeoJSON Polygon or MultiPolygon, lon/lat") JsonNode geometry,
			AreaProperties properties) {
	}

	/**
	 * The province outline as a GeoJSON Feature.
	 *
	 * @param type always {@code Feature}
	 * @param geometry a GeoJSON Polygon or MultiPolygon
	 * @param properties its size
	 */
	@Schema(name = "ProvinceOutlineFeature")
	record OutlineFeature(String type,
			@Schema(type = "object", implementation = Object.class, description = "GeoJSON Polygon or MultiPolygon, lon/lat") JsonNode geometry,
			OutlineProperties properties) {
	}

	/**
	 * What is known about the outline.
	 *
	 * @param areaSqKm size in km², computed from the geometry
	 */
	@Schema(name = "ProvinceOutlineProperties")
	record OutlineProperties(BigDecimal areaSqKm) {
	}

	/**
	 * What a map shows about an area.
	 *
	 * @param nameTh Thai name
	 * @param nameEn English name, may be missing
	 * @param areaType kind of area
	 * @param cityType new city or liveable existing city, missing when not decided yet
	 * @param areaSqKm size in km², computed from the boundary
	 * @param leadDimensions lead smart-dimension codes
	 */
	@Schema(name = "AreaProperties")
	record AreaProperties(String nameTh, String nameEn, AreaType areaType, CityType cityType, BigDecimal areaSqKm,
			List<String> leadDimensions) {
	}
}
