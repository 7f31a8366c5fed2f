package org.smartcityplanner.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.http.MediaType;

class LoginWebTests extends WebTestSupport {


	@Test
	void pagesSendStrangersToTheLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
		account("login.known", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(formLogin("/login").user("login.known").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("login.nobody").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		account("login.locked", Role.COORDINATOR, new ProvinceCode("TH-65"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("login.locked").password("guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("login.locked").password(TestUsers.PASSWORD))
			.andExpect(redirectedUrlPattern("/login?locked=*"));
		mvc.perform(get("/login?locked=15")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("15 นาที")));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		account("login.disabled", Role.TRAINEE);
		jdbc.sql("update idn_user set enabled = false where username = 'login.disabled'").update();
		mvc.perform(formLogin("/login").user("login.disabled").password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie session = signedIn("login.out", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?loggedOut"));
		mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}
}
