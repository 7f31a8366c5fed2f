package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

class ProvinceOutlineWebTests extends WebTestSupport {

	static final ProvinceCode PHRAE = new ProvinceCode("TH-54");
	static final String OUTLINE = """
			{"type":"Polygon","coordinates":[[[99.9,17.9],[100.3,17.9],[100.3,18.4],[99.9,18.4],[99.9,17.9]]]}""";
	static final String BOW_TIE = """
			{"type":"Polygon","coordinates":[[[100.00,17.00],[100.01,17.01],[100.01,17.00],[100.00,17.01],[100.00,17.00]]]}""";

	@Autowired
	ProfileUseCases profile;

	@Test
	void aCoordinatorUploadsTheProvinceOutlineAndTheMapApiServesIt() throws Exception {
		Cookie coordinator = signedIn("outline.coordinator", Role.COORDINATOR, PHRAE);

		mvc.perform(multipart("/p/TH-54/areas/outline").file(file("phrae.geojson", OUTLINE)).cookie(coordinator)
			.with(csrf()))
			.andExpect(redirectedUrl("/p/TH-54/areas#outline"))
			.andExpect(flash().attribute("flashSuccess", "areas.outline.saved"));

		assertThat(profile.provinceOutline(PHRAE)).hasValueSatisfying(outline -> {
			assertThat(outline.vertices()).isEqualTo(5);
			assertThat(outline.areaSqKm()).isBetween(new java.math.BigDecimal("2000"), new java.math.BigDecimal("2400"));
		});
		mvc.perform(get("/api/v1/provinces/TH-54/outline.geojson").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.geometry.type").value("Polygon"));
		mvc.perform(get("/p/TH-54/areas").cookie(coordinator))
			.andExpect(content().string(containsString("มีขอบเขตจังหวัดแล้ว")))
			.andExpect(content().string(containsString("data-outline-url=\"/api/v1/provinces/TH-54/outline.geojson\"")));
	}

	@Test
	void aSelfIntersectingOutlineIsRefusedWithTheReasonAndTheSavedOneIsKept() throws Exception {
		Cookie coordinator = signedIn("outline.coordinator2", Role.COORDINATOR, new ProvinceCode("TH-55"));
		profile.replaceProvinceOutline(new ProvinceCode("TH-55"), OUTLINE);

		mvc.perform(multipart("/p/TH-55/areas/outline").file(file("bad.geojson", BOW_TIE)).cookie(coordinator)
			.with(csrf()))
			.andExpect(redirectedUrl("/p/TH-55/areas#outline"))
			.andExpect(flash().attribute("flashError", "areas.boundary.problem.selfIntersection"));
		mvc.perform(multipart("/p/TH-55/areas/outline").file(file("notes.txt", "hello")).cookie(coordinator)
			.with(csrf()))
			.andExpect(flash().attribute("flashError", "areas.boundary.file.type"));

		assertThat(profile.provinceOutline(new ProvinceCode("TH-55"))).hasValueSatisfying(
				outline -> assertThat(outline.vertices()).isEqualTo(5));
	}

	@Test
	void noOutlineIsA404AndAnotherProvincesOutlineIsOutOfReach() throws Exception {
		Cookie coordinator = signedIn("outline.coordinator3", Role.COORDINATOR, new ProvinceCode("TH-56"));
		mvc.perform(get("/api/v1/provinces/TH-56/outline.geojson").cookie(coordinator)).andExpect(status().isNotFound());

		profile.replaceProvinceOutline(new ProvinceCode("TH-57"), OUTLINE);
		mvc.perform(get("/api/v1/provinces/TH-57/outline.geojson").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(multipart("/p/TH-57/areas/outline").file(file("x.geojson", OUTLINE)).cookie(coordinator)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-57/areas/outline/delete").cookie(coordinator).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(profile.provinceOutline(new ProvinceCode("TH-57"))).isPresent();
	}

	@Test
	void workingGroupMembersCannotChangeTheOutline() throws Exception {
		Cookie member = signedIn("outline.member", Role.WORKING_GROUP, new ProvinceCode("TH-58"));
		mvc.perform(multipart("/p/TH-58/areas/outline").file(file("x.geojson", OUTLINE)).cookie(member).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(profile.provinceOutline(new ProvinceCode("TH-58"))).isEmpty();
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("outlineFile", name, "application/geo+json", content.getBytes(StandardCharsets.UTF_8));
	}
}
