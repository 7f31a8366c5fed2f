package org.smartcityplanner.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

class EngagementAdminWebTests extends WebTestSupport {

	static final ProvinceCode KHON_KAEN = new ProvinceCode("TH-40");

	@Autowired
	org.smartcityplanner.engagement.internal.EngagementUseCases engagements;

	@Test
	void anAdminStartsAnEngagementAndItsTeamReachesTheProvince() throws Exception {
		long lead = account("team.lead", Role.CONSULTANT);
		long member = account("team.member", Role.CONSULTANT);
		Cookie consultant = TestUsers.signIn(mvc, "team.member");
		mvc.perform(get("/p/TH-40").cookie(consultant)).andExpect(status().isForbidden());

		// the team is now chosen on the engagement's own page; the service path the page uses is the same
		engagements.start(KHON_KAEN, "แผนแม่บทเมืองอัจฉริยะ ขอนแก่น", java.time.LocalDate.of(2026, 12, 1), lead,
				java.util.Set.of(lead, member));

		assertThat(engagements.engagementsOf(KHON_KAEN)).singleElement().satisfies(engagement -> {
			assertThat(engagement.endDate()).isEqualTo(java.time.LocalDate.of(2027, 5, 29));
			assertThat(engagement.team()).hasSize(2);
		});
		mvc.perform(get("/p/TH-40").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนแม่บทเมืองอัจฉริยะ ขอนแก่น")));
	}

	@Test
	void anUnknownProvinceAndABadDateAreRefusedWithTheFormKept() throws Exception {
		mvc.perform(post("/admin/engagements").cookie(admin()).with(csrf()).param("provinceCode", "TH-99")
			.param("title", "ชื่อที่ต้องคงไว้").param("startDate", "not-a-date"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ชื่อที่ต้องคงไว้\"")))
			.andExpect(content().string(containsString("รูปแบบวันที่ไม่ถูกต้อง")))
			.andExpect(content().string(containsString("มีรหัสจังหวัดที่ไม่รู้จัก")));
	}

	@Test
	void theServiceRefusesATeamWithANonConsultantWhoeverCallsIt() {
		long lead = account("team.lead", Role.CONSULTANT);
		long coordinator = account("team.coordinator", Role.COORDINATOR);
		ProvinceCode kalasin = new ProvinceCode("TH-46");
		assertThatThrownBy(() -> engagements.start(kalasin, "ทีมที่มีผู้ประสานงาน", java.time.LocalDate.of(2026, 12, 1),
				lead, java.util.Set.of(lead, coordinator)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("validation.team.notConsultant"));
		assertThat(engagements.engagementsOf(kalasin)).isEmpty();
	}

	private Cookie admin() throws Exception {
		return signedIn("engagement.admin", Role.ADMIN);
	}
}
