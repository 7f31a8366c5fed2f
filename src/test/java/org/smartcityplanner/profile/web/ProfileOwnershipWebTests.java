package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coordinator of Lopburi (TH-16) sends ids of Sing Buri (TH-17) under the own province's path: target areas,
 * their SWOT, baselines and strategies of the other province are not found, deleting them says so rather than
 * "deleted", an area id of the other province in a form or an imported file is refused at its field, and
 * nothing changes in either province.
 */
class ProfileOwnershipWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-16");
	static final ProvinceCode OTHER = new ProvinceCode("TH-17");

	@Autowired
	ProfileUseCases profile;

	@Test
	void idsOfAnotherProvinceAreNotFoundAndItsDataStaysAsItWas() throws Exception {
		Cookie coordinator = signedIn("own.coord16", Role.COORDINATOR, OWN);
		TargetAreaView area = profile.addArea(OTHER, new LocalizedText("ย่านบ้านระจัน", null), AreaType.OLD_TOWN, null,
				null);
		IndicatorBaseline baseline = profile.addBaseline(OTHER,
				new BaselineDraft("IND-ENV-01", area.id(), 2566, new BigDecimal("31.5"), "กรมควบคุมมลพิษ", null));
		ProvincialStrategy strategy = profile.addStrategy(OTHER, new StrategyDraft("1", "เกษตรปลอดภัย", null,
				"2566–2570"));

		String areas = "/p/TH-16/areas/" + area.id();
		String baselines = "/p/TH-16/baselines/" + baseline.id();
		String strategies = "/p/TH-16/profile/strategies/" + strategy.id();
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get(areas),
				get(areas + "/edit"), post(areas).param("nameTh", "ยึด").param("type", "OLD_TOWN"), get(areas + "/swot"),
				post(areas + "/swot").param("strengths", "ยึด"), get(baselines + "/edit"),
				post(baselines).param("indicatorCode", "IND-ENV-01").param("year", "2566").param("value", "1")
					.param("source", "x"),
				post(baselines + "/delete"), get(strategies + "/edit"),
				post(strategies).param("code", "9").param("title", "ยึด").param("planYears", "2566–2570"),
				post(strategies + "/delete"), post("/p/TH-16/baselines/987654321/delete"),
				post("/p/TH-16/profile/strategies/987654321/delete") }) {
			mvc.perform(request.cookie(coordinator).with(csrf())).andExpect(status().isNotFound());
		}

		assertThat(profile.area(OTHER, area.id()).orElseThrow().name().th()).isEqualTo("ย่านบ้านระจัน");
		assertThat(profile.swotOf(OTHER, area.id()).lists().strengths()).isEmpty();
		assertThat(profile.baseline(OTHER, baseline.id()).orElseThrow().value()).isEqualByComparingTo("31.5");
		assertThat(profile.strategy(OTHER, strategy.id()).orElseThrow().title()).isEqualTo("เกษตรปลอดภัย");
		assertThat(profile.strategiesOf(OWN)).isEmpty();
		assertThat(profile.baselinesOf(OWN)).isEmpty();
	}

	@Test
	void anAreaOfAnotherProvinceInAFormOrAnImportedFileIsRefusedAtItsFieldAndNotStored() throws Exception {
		Cookie coordinator = signedIn("own.import16", Role.COORDINATOR, OWN);
		long foreignArea = profile.addArea(OTHER, new LocalizedText("ย่านท่าช้าง", null), AreaType.TOURISM, null, null)
			.id();

		mvc.perform(post("/p/TH-16/baselines").cookie(coordinator).with(csrf()).param("indicatorCode", "IND-ENV-01")
			.param("areaId", String.valueOf(foreignArea)).param("year", "2566").param("value", "12")
			.param("source", "กรมควบคุมมลพิษ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่ใช่พื้นที่เป้าหมายของจังหวัดนี้")));
		MockMultipartFile file = new MockMultipartFile("file", "b.csv", "text/csv",
				(BaselineWebTests.HEADER + "IND-ENV-01," + foreignArea + ",2566,12,x\n").getBytes(StandardCharsets.UTF_8));
		String preview = mvc.perform(multipart("/p/TH-16/baselines/import").file(file).cookie(coordinator).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "all"));
		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "valid"));

		assertThat(profile.baselinesOf(OWN)).isEmpty();
		assertThat(profile.baselinesOf(OTHER)).noneMatch(b -> b.year() == 2566 && "x".equals(b.source()));
	}
}
