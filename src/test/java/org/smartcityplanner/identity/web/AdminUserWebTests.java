package org.smartcityplanner.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.testing.TestUsers;

class AdminUserWebTests extends WebTestSupport {


	@Test
	void anAdminCreatesAUserWithRolesAndProvinces() throws Exception {
		Cookie admin = admin();
		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "new.coordinator")
			.param("displayName", "มานี มีสุข").param("email", "manee@example.org").param("password", "initial-pass-1")
			.param("roles", "COORDINATOR").param("provinces", "TH-65").param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		var created = identity.usersWithRole(Role.COORDINATOR).stream()
			.filter(user -> user.username().equals("new.coordinator")).findFirst().orElseThrow();
		assertThat(created.provinces()).extracting(p -> p.value()).containsExactly("TH-65");
		mvc.perform(get("/admin/audit").cookie(admin).param("type", "user"))
			.andExpect(content().string(containsString("new.coordinator")));
	}

	@Test
	void provincesArePickedFromASearchableCheckboxListNotACtrlClickSelect() throws Exception {
		mvc.perform(get("/admin/users/new").cookie(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-filter-input")))
			.andExpect(content().string(containsString("type=\"checkbox\" value=\"TH-65\"")))
			.andExpect(content().string(not(containsString("multiple"))))
			.andExpect(content().string(not(containsString("Ctrl"))));
		Cookie admin = admin();
		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "two.provinces")
			.param("displayName", "สองจังหวัด").param("email", "two@example.org").param("password", "initial-pass-1")
			.param("roles", "CONSULTANT").param("provinces", "TH-65", "TH-50").param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(identity.usersWithRole(Role.CONSULTANT).stream()
			.filter(user -> user.username().equals("two.provinces")).findFirst().orElseThrow().provinces())
			.extracting(p -> p.value()).containsExactlyInAnyOrder("TH-65", "TH-50");
	}

	@Test
	void anInvalidFormComesBackMarkedWithTheInputKept() throws Exception {
		mvc.perform(post("/admin/users").cookie(admin()).with(csrf()).param("username", "bad name!")
			.param("displayName", "คงไว้").param("email", "not-an-email").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"คงไว้\"")))
			.andExpect(content().string(containsString("รูปแบบอีเมลไม่ถูกต้อง")))
			.andExpect(content().string(containsString("กรุณาเลือกอย่างน้อยหนึ่งบทบาท")));
	}

	@Test
	void aSaveOverSomeoneElsesChangeIsRefusedAndShowsTheirChange() throws Exception {
		Cookie admin = admin();
		long id = account("edited.twice", Role.TRAINEE);
		int version = identity.user(id).orElseThrow().version();
		mvc.perform(post("/admin/users/" + id).cookie(admin).with(csrf()).param("displayName", "First Admin Edit")
			.param("roles", "TRAINEE").param("enabled", "true").param("version", String.valueOf(version)))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		mvc.perform(post("/admin/users/" + id).cookie(admin).with(csrf()).param("displayName", "Second Admin Edit")
			.param("roles", "TRAINEE").param("enabled", "true").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First Admin Edit")))
			.andExpect(content().string(containsString("value=\"Second Admin Edit\"")));
		assertThat(identity.user(id).orElseThrow().displayName()).isEqualTo("First Admin Edit");
	}

	@Test
	void nonAdminsGetTheForbiddenPage() throws Exception {
		account("not.admin", Role.CONSULTANT);
		mvc.perform(get("/admin/users").cookie(TestUsers.signIn(mvc, "not.admin"))
			.accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

	private Cookie admin() throws Exception {
		return signedIn("web.admin", Role.ADMIN);
	}
}
