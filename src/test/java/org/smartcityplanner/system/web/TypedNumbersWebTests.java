package org.smartcityplanner.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: "35,000" was refused as a population ("must be a whole number") while the action-plan pages accepted
 * separators. Through the whole application, a target area saved with a population and a size typed with
 * separators and Thai digits keeps the numbers.
 */
class TypedNumbersWebTests extends WebTestSupport {

	@Autowired
	ProfileApi profile;

	@Test
	void aPopulationWithThousandsSeparatorsAndThaiDigitsIsSaved() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-45");
		Cookie session = signedIn("numbers.coord45", Role.COORDINATOR, province);
		mvc.perform(post("/p/TH-45/areas").cookie(session).with(csrf()).param("nameTh", "ย่านตัวเลขคั่นหลัก")
			.param("nameEn", "Separator quarter").param("type", "OLD_TOWN").param("cityType", "LIVEABLE_CITY")
			.param("population", "35,000").param("areaSqKm", "๑,๒๕๐.๕").param("positioning", "ย่านทดสอบการอ่านตัวเลข")
			.param("leadDimensions", "ECO"))
			.andExpect(status().is3xxRedirection());
		TargetAreaView area = profile.areasOf(province).stream()
			.filter(found -> found.name().th().equals("ย่านตัวเลขคั่นหลัก")).findFirst().orElseThrow();
		assertThat(area.population()).isEqualTo(35_000);
		assertThat(area.areaSqKm()).isEqualByComparingTo(new BigDecimal("1250.5"));
	}
}
