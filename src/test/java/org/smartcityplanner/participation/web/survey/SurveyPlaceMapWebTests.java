package org.smartcityplanner.participation.web.survey;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The place question's map is an addition to its list: the page works without it (the list and the point fields
 * are there, the map hidden until its script runs), and the shapes it draws come from the application — the
 * province outline and the target areas — for a published survey's link only. Works in TH-20.
 */
class SurveyPlaceMapWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-20");
	static final String OUTLINE = "{\"type\":\"Polygon\",\"coordinates\":[[[100.1,16.5],[100.6,16.5],[100.6,17.2],"
			+ "[100.1,17.2],[100.1,16.5]]]}";

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;

	@Test
	void thePublicPageKeepsTheListAndServesTheShapesOfThePublishedSurveysProvince() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, OWN, "สำรวจ " + UUID.randomUUID(), false);
		profile.replaceProvinceOutline(OWN, OUTLINE);
		String place = fx.q(7);
		mvc.perform(get("/survey/" + fx.survey.publicKey())).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-place-map")))
			.andExpect(content().string(containsString("hidden data-place-map")))
			.andExpect(content().string(containsString("id=\"" + place + "-a" + fx.areas.get(0) + "\"")))
			.andExpect(content().string(containsString("id=\"" + place + "_lat\"")))
			.andExpect(content().string(containsString("dist/leaflet.js")))
			.andExpect(content().string(containsString("/js/place-map.js")));

		mvc.perform(get("/survey/" + fx.survey.publicKey() + "/places.geojson")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[0].properties.kind").value("outline"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));

		Survey draft = surveys.create(OWN, "ร่าง " + UUID.randomUUID(), "", false);
		mvc.perform(get("/survey/" + draft.publicKey() + "/places.geojson")).andExpect(status().isNotFound());
		mvc.perform(get("/survey/no-such-key/places.geojson")).andExpect(status().isNotFound());
	}
}
