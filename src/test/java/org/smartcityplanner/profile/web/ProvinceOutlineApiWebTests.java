package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The province outline uploaded over the API: saved and served back, a refused geometry answered with the reason in
 * the caller's language and the saved outline kept, an oversized body refused, another province out of reach.
 */
class ProvinceOutlineApiWebTests extends WebTestSupport {

	private static final ProvinceCode SAMUT_PRAKAN = new ProvinceCode("TH-11");
	private static final String URL = "/api/v1/provinces/TH-11/outline.geojson";

	@Autowired
	ProfileUseCases profile;

	@Test
	void aCoordinatorUploadsTheOutlineOverTheApiAndABadOneIsRefusedWithoutLosingIt() throws Exception {
		Cookie coordinator = signedIn("outline.api11", Role.COORDINATOR, SAMUT_PRAKAN);

		mvc.perform(put(URL).cookie(coordinator).with(csrf()).contentType("application/geo+json")
			.content(ProvinceOutlineWebTests.OUTLINE)).andExpect(status().isOk())
			.andExpect(jsonPath("$.vertices").value(5));
		mvc.perform(get(URL).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.geometry.type").value("Polygon"));

		mvc.perform(put(URL).cookie(coordinator).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(ProvinceOutlineWebTests.BOW_TIE))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("areas.boundary.problem.selfIntersection"));
		mvc.perform(put(URL).cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(" ".repeat(2 * 1024 * 1024 + 1))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("areas.boundary.file.tooLarge"));
		assertThat(profile.provinceOutline(SAMUT_PRAKAN)).hasValueSatisfying(
				outline -> assertThat(outline.vertices()).isEqualTo(5));

		mvc.perform(put("/api/v1/provinces/TH-54/outline.geojson").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(ProvinceOutlineWebTests.OUTLINE))
			.andExpect(status().isForbidden());
	}
}
