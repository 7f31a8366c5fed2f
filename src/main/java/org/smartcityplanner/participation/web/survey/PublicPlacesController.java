package org.smartcityplanner.participation.web.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.internal.survey.PublicSurvey;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes the map of a survey's place questions draws, for the public page (no account) and the paper form:
 * the province's outline and its target areas from the stored GeoJSON, served from the application itself so the
 * map needs no tile server and works offline. Only a published survey's link serves them, and only what its page
 * already names (the areas respondents choose from).
 */
@RestController
class PublicPlacesController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final SurveyUseCases surveys;
	private final ProfileApi profile;
	private final JsonMapper json;

	PublicPlacesController(SurveyUseCases surveys, ProfileApi profile, JsonMapper json) {
		this.surveys = surveys;
		this.profile = profile;
		this.json = json;
	}

	@GetMapping("/survey/{key}/places.geojson")
	ResponseEntity<Map<String, Object>> places(@PathVariable String key) {
		PublicSurvey survey = surveys.publicSurvey(key).orElse(null);
		if (survey == null) {
			return ResponseEntity.notFound().build();
		}
		ProvinceCode province = survey.survey().province();
		List<Object> features = new ArrayList<>();
		profile.provinceOutline(province).ifPresent(outline -> features
			.add(feature("outline", outline.geoJson(), Map.of("kind", "outline"))));
		for (AreaBoundary boundary : profile.boundariesOf(province)) {
			features.add(feature(boundary.area().id(), boundary.geoJson(), Map.of("kind", "area", "nameTh",
					boundary.area().name().th(), "nameEn", boundary.area().name().en() == null ? "" : boundary.area().name().en())));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
	}

	private Map<String, Object> feature(Object id, String geometry, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", id);
		feature.put("geometry", json.readTree(geometry));
		feature.put("properties", properties);
		return feature;
	}
}
