package org.smartcityplanner.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.http.MediaType;

class ErrorPageWebTests extends WebTestSupport {


	@Test
	void errorPagesSpeakTheUsersLanguageAndShowNoInternals() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ไม่พบหน้าที่ต้องการ")));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).cookie(new Cookie("scp-lang", "en"))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Access denied")));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("ระบบขัดข้อง")))
			.andExpect(content().string(not(containsString("secret internals"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@Test
	void anInvalidNumberComesBackAsAFieldErrorWithTheInputKept() throws Exception {
		Cookie session = signedIn("form.coordinator", Role.COORDINATOR, new ProvinceCode("TH-65"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/p/TH-65/areas")
			.cookie(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("nameTh", "ย่านทดสอบ").param("nameEn", "Test quarter").param("type", "OLD_TOWN")
			.param("population", "abc").param("areaSqKm", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ต้องเป็นจำนวนเต็ม")))
			.andExpect(content().string(containsString("ขนาดพื้นที่ต้องมากกว่า 0")))
			.andExpect(content().string(containsString("value=\"ย่านทดสอบ\"")))
			.andExpect(content().string(containsString("value=\"abc\"")));
	}

	@Test
	void aWorkingGroupMemberCannotAddAreas() throws Exception {
		Cookie session = signedIn("form.member", Role.WORKING_GROUP, new ProvinceCode("TH-65"));
		mvc.perform(get("/p/TH-65/areas").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/p/TH-65/areas/new").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}
}
