package org.smartcityplanner.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.http.HttpHeaders;

class AuditPagesWebTests extends WebTestSupport {

	@Test
	void aBadDayIsNamedOnThePageNotIgnored() throws Exception {
		mvc.perform(get("/admin/audit").cookie(admin()).param("from", "31/01/2570"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันที่เริ่มต้นไม่ถูกต้อง")))
			.andExpect(content().string(containsString("value=\"31/01/2570\"")));
	}

	@Test
	void thePageSaysHowManyEntriesMatchedAndOffersOlderOnes() throws Exception {
		mvc.perform(get("/admin/audit").cookie(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("พบ ")));
	}

	@Test
	void theApiAnswersAPageWithItsTotalAndRefusesABadDayAsProblemJson() throws Exception {
		Cookie admin = admin();
		mvc.perform(get("/api/v1/audit").cookie(admin).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pageSize").value(2))
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/audit").cookie(admin).param("to", "2027-13-01")
			.header(HttpHeaders.ACCEPT_LANGUAGE, Locale.ENGLISH.toLanguageTag()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("last day")));
	}

	@Test
	void onlyAdminsReadTheLog() throws Exception {
		Cookie coordinator = signedIn("audit.reader", Role.COORDINATOR, new ProvinceCode("TH-24"));
		mvc.perform(get("/api/v1/audit").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").cookie(coordinator)).andExpect(status().isForbidden());
	}

	private Cookie admin() throws Exception {
		return signedIn("audit.admin", Role.ADMIN);
	}
}
