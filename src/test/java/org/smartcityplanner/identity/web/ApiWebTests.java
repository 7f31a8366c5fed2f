package org.smartcityplanner.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.http.MediaType;

class ApiWebTests extends WebTestSupport {


	@Test
	void malformedJsonIsABadRequestInProblemJsonNeverA500() throws Exception {
		Cookie admin = signedIn("api.admin", Role.ADMIN);
		mvc.perform(post("/api/v1/users").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"broken\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("JSON")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void invalidFieldsAreABadRequestNamingTheField() throws Exception {
		Cookie admin = signedIn("api.admin", Role.ADMIN);
		mvc.perform(post("/api/v1/users").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"x\", \"displayName\": \"\", \"password\": \"short\", \"roles\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdminCreatesAUserThroughTheApiAndItIsAudited() throws Exception {
		Cookie admin = signedIn("api.admin", Role.ADMIN);
		mvc.perform(post("/api/v1/users").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "api.created", "displayName": "สมหญิง ทดสอบ", "password": "long-enough-pw",
					 "roles": ["COORDINATOR"], "provinces": ["TH-65"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("api.created"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		String after = jdbc.sql("select after_state from aud_entry where entity_type = 'user' and actor = 'api.admin' "
				+ "order by id desc limit 1").query(String.class).single();
		assertThat(after).contains("api.created").doesNotContain("long-enough-pw").doesNotContain("{bcrypt}");
	}

	@Test
	void nonAdminsCannotListUsers() throws Exception {
		Cookie coordinator = signedIn("api.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(get("/api/v1/users").cookie(coordinator)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnknownProvinceIsA404InTheCallersLanguage() throws Exception {
		Cookie coordinator = signedIn("api.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(get("/api/v1/provinces/TH-99").cookie(coordinator).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Page not found"));
		mvc.perform(get("/api/v1/provinces/TH-99").cookie(coordinator))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("ไม่พบหน้าที่ต้องการ"));
	}

	@Test
	void aPersonalTokenAuthenticatesScriptsUntilRevoked() throws Exception {
		long userId = account("api.script", Role.COORDINATOR, new ProvinceCode("TH-65"));
		Cookie session = TestUsers.signIn(mvc, "api.script");
		String secret = (String) mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "etl"))
			.andReturn().getFlashMap().get("newTokenSecret");
		assertThat(secret).startsWith("scp_");

		mvc.perform(get("/api/v1/provinces/TH-65").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk()).andExpect(jsonPath("$.province.code").value("TH-65"));
		mvc.perform(get("/api/v1/provinces/TH-10").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-65").header("Authorization", "Bearer scp_forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		String stored = jdbc.sql("select token_hash from idn_api_token where user_id = ?").param(userId)
			.query(String.class).single();
		assertThat(stored).isNotEqualTo(secret).hasSize(64);

		long tokenId = jdbc.sql("select id from idn_api_token where user_id = ?").param(userId).query(Long.class).single();
		mvc.perform(post("/account/tokens/" + tokenId + "/revoke").cookie(session).with(csrf()));
		mvc.perform(get("/api/v1/provinces/TH-65").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void metricsAreForAdminsAndHealthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
		account("api.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(get("/actuator/prometheus").cookie(TestUsers.signIn(mvc, "api.coordinator")))
			.andExpect(status().isForbidden());
		account("api.admin", Role.ADMIN);
		mvc.perform(get("/actuator/prometheus").cookie(TestUsers.signIn(mvc, "api.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		Cookie coordinator = signedIn("api.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(post("/account/tokens").cookie(coordinator).param("name", "x")).andExpect(status().isForbidden());
	}
}
