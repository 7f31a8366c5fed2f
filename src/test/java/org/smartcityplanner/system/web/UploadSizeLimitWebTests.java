package org.smartcityplanner.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.mock.web.MockMultipartFile;

class UploadSizeLimitWebTests extends WebTestSupport {

	/** MockMvc keeps multipart files apart from the body; the filter reads the length of the body, as Tomcat does. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor bodyOf(byte[] bytes) {
		return request -> {
			request.setContent(bytes);
			return request;
		};
	}

	@Test
	void anUploadOverTheLimitGetsAClearPageInTheUsersLanguageAndNothingElseRuns() throws Exception {
		Cookie session = signedIn("upload.coord", Role.COORDINATOR, new ProvinceCode("TH-65"));
		byte[] big = new byte[23 * 1024 * 1024];
		mvc.perform(multipart("/p/TH-65/baselines/import").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
			.cookie(session).with(csrf()).with(bodyOf(big)))
			.andExpect(status().is(413))
			.andExpect(content().string(containsString("ไฟล์หรือข้อมูลที่ส่งมีขนาดเกิน 22 MB")));
		mvc.perform(multipart("/api/v1/provinces/TH-65/plan").file(new MockMultipartFile("file", "big.json", "application/json", big))
			.cookie(session).with(csrf()).with(bodyOf(big)).header("Accept-Language", "en"))
			.andExpect(status().is(413))
			.andExpect(content().string(containsString("larger than 22 MB")));
	}
}
