package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The province profile page: context with optimistic locking, strategies, SWOT, and who may change them.
 * Each test works in a province of its own.
 */
class ProfileWebTests extends WebTestSupport {

	@Autowired
	ProfileUseCases profile;

	@Test
	void aSaveOverSomeoneElsesContextShowsTheirTextAndKeepsMine() throws Exception {
		ProvinceCode sukhothai = new ProvinceCode("TH-64");
		Cookie first = signedIn("context.first", Role.COORDINATOR, sukhothai);
		Cookie second = signedIn("context.second", Role.CONSULTANT, sukhothai);
		// both opened the empty form (no version yet); the first saves
		mvc.perform(context(first, "TH-64", "", "เศรษฐกิจพึ่งพาการท่องเที่ยวมรดกโลก"))
			.andExpect(redirectedUrl("/p/TH-64/profile#context"));

		String page = mvc.perform(context(second, "TH-64", "", "เศรษฐกิจฐานเกษตรและอ้อย"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นบันทึกบริบทหลังจากที่คุณเปิดหน้านี้")))
			.andExpect(content().string(containsString("ข้อความที่ Test context.first บันทึกไว้เมื่อ")))
			.andExpect(content().string(containsString("เศรษฐกิจพึ่งพาการท่องเที่ยวมรดกโลก")))
			.andExpect(content().string(containsString(">เศรษฐกิจฐานเกษตรและอ้อย</textarea>")))
			.andReturn().getResponse().getContentAsString();
		assertThat(profile.contextOf(sukhothai).parts().economy()).isEqualTo("เศรษฐกิจพึ่งพาการท่องเที่ยวมรดกโลก");

		// having seen the other text, saving again is deliberate and goes through
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(version.find()).isTrue();
		mvc.perform(context(second, "TH-64", version.group(1), "เศรษฐกิจฐานเกษตรและอ้อย"))
			.andExpect(redirectedUrl("/p/TH-64/profile#context"));
		assertThat(profile.contextOf(sukhothai).parts().economy()).isEqualTo("เศรษฐกิจฐานเกษตรและอ้อย");
		assertThat(profile.contextOf(sukhothai).updatedBy()).isEqualTo("context.second");
	}

	@Test
	void aWorkingGroupMemberReadsTheProfileButEveryChangeIsForbidden() throws Exception {
		ProvinceCode nan = new ProvinceCode("TH-55");
		var area = profile.addArea(nan, new LocalizedText("ย่านเมืองเก่าน่าน", null), AreaType.OLD_TOWN, null, null);
		profile.saveSwot(nan, null, null, new SwotLists(List.of("วัฒนธรรมล้านนา"), List.of(), List.of(), List.of()));
		Cookie member = signedIn("profile.member", Role.WORKING_GROUP, nan);

		mvc.perform(get("/p/TH-55/profile").cookie(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วัฒนธรรมล้านนา")))
			.andExpect(content().string(not(containsString("<textarea"))))
			.andExpect(content().string(not(containsString("/profile/swot\""))));
		mvc.perform(get("/p/TH-55/areas/" + area.id()).cookie(member)).andExpect(status().isOk());

		List<AbstractMockHttpServletRequestBuilder<?>> edits = List.of(
				context(member, "TH-55", "", "ไม่ควรบันทึก"),
				post("/p/TH-55/profile/strategies").param("code", "1").param("title", "x").param("planYears", "2566–2570"),
				post("/p/TH-55/profile/strategies/import").param("lines", "1\tx").param("planYears", "2566–2570"),
				post("/p/TH-55/profile/swot").param("strengths", "x"),
				post("/p/TH-55/areas/" + area.id() + "/swot").param("strengths", "x"),
				multipart("/p/TH-55/areas").file(new MockMultipartFile("boundaryFile", "a.geojson", "application/json",
						new byte[] { '{', '}' })).param("nameTh", "x"),
				post("/p/TH-55/areas/" + area.id()).param("nameTh", "x"),
				get("/p/TH-55/areas/new"), get("/p/TH-55/profile/swot"), get("/p/TH-55/areas/" + area.id() + "/edit"));
		for (AbstractMockHttpServletRequestBuilder<?> edit : edits) {
			mvc.perform(edit.cookie(member).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		}
		assertThat(profile.contextOf(nan).version()).isNull();
		assertThat(profile.strategiesOf(nan)).isEmpty();
		assertThat(profile.areasOf(nan)).singleElement().satisfies(a -> assertThat(a.name().th()).isEqualTo("ย่านเมืองเก่าน่าน"));
	}

	@Test
	void aPasteWithBadLinesIsReportedLineByLineAndSavesNothing() throws Exception {
		ProvinceCode phrae = new ProvinceCode("TH-54");
		Cookie coordinator = signedIn("strategy.coordinator", Role.COORDINATOR, phrae);

		mvc.perform(post("/p/TH-54/profile/strategies/import").cookie(coordinator).with(csrf())
			.param("lines", "1\tเกษตรปลอดภัย\n2 ไม่มีแท็บ\n1\tซ้ำ").param("planYears", "2566-2570"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่ได้บันทึกข้อมูลใด ๆ")))
			.andExpect(content().string(containsString("บรรทัดที่ 2: ไม่มีแท็บคั่นระหว่างรหัสกับชื่อประเด็น")))
			.andExpect(content().string(containsString("บรรทัดที่ 3: รหัส &quot;1&quot; ซ้ำกับบรรทัดที่ 1")));
		assertThat(profile.strategiesOf(phrae)).isEmpty();

		mvc.perform(post("/p/TH-54/profile/strategies/import").cookie(coordinator).with(csrf())
			.param("lines", "1\tเกษตรปลอดภัย\n2\tท่องเที่ยวเชิงวัฒนธรรม\n").param("planYears", "2566-2570"))
			.andExpect(redirectedUrl("/p/TH-54/profile#strategies"));
		mvc.perform(post("/p/TH-54/profile/strategies").cookie(coordinator).with(csrf()).param("code", "2")
			.param("title", "ซ้ำ").param("planYears", "2566–2570"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จังหวัดนี้มีประเด็นยุทธศาสตร์รหัสนี้แล้ว")));
		mvc.perform(post("/p/TH-54/profile/strategies").cookie(coordinator).with(csrf()).param("code", "3")
			.param("title", "เมืองน่าอยู่").param("planYears", "ปีหน้า"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาระบุปีของแผนเป็นปี พ.ศ. สองปี")))
			.andExpect(content().string(containsString("value=\"เมืองน่าอยู่\"")));
		mvc.perform(post("/p/TH-54/profile/strategies").cookie(coordinator).with(csrf()).param("code", "3")
			.param("title", "เมืองน่าอยู่").param("planYears", "2566–2570"))
			.andExpect(redirectedUrl("/p/TH-54/profile#strategies"));

		mvc.perform(get("/api/v1/provinces/TH-54/profile").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strategies[*].code").value(org.hamcrest.Matchers.contains("1", "2", "3")))
			.andExpect(jsonPath("$.strategies[0].planYears").value("2566–2570"))
			.andExpect(jsonPath("$.context.province").value("TH-54"))
			.andExpect(jsonPath("$.swot.lists.strengths").isArray());
	}

	@Test
	void aCoordinatorWritesTheSwotOfAnAreaOneItemPerLine() throws Exception {
		ProvinceCode lampang = new ProvinceCode("TH-52");
		var area = profile.addArea(lampang, new LocalizedText("ย่านรถม้า", null), AreaType.TOURISM, null, null);
		Cookie coordinator = signedIn("swot.coordinator", Role.COORDINATOR, lampang);

		mvc.perform(post("/p/TH-52/areas/" + area.id() + "/swot").cookie(coordinator).with(csrf())
			.param("strengths", "- รถม้าเป็นเอกลักษณ์\n\n- สถาปัตยกรรมไม้เก่า").param("threats", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รายการที่ 1 ยาวเกิน 300 ตัวอักษร")));
		mvc.perform(post("/p/TH-52/areas/" + area.id() + "/swot").cookie(coordinator).with(csrf())
			.param("strengths", "- รถม้าเป็นเอกลักษณ์\n\n- สถาปัตยกรรมไม้เก่า").param("threats", "ฝุ่นควันช่วงหน้าแล้ง"))
			.andExpect(redirectedUrl("/p/TH-52/areas/" + area.id() + "#swot"));

		assertThat(profile.swotOf(lampang, area.id()).lists().strengths())
			.containsExactly("รถม้าเป็นเอกลักษณ์", "สถาปัตยกรรมไม้เก่า");
		assertThat(profile.swotOf(lampang, null).lists().isEmpty()).isTrue();
		mvc.perform(get("/p/TH-52/areas/" + area.id()).cookie(coordinator))
			.andExpect(content().string(containsString("ฝุ่นควันช่วงหน้าแล้ง")));
		mvc.perform(get("/p/TH-52/areas/999999/swot").cookie(coordinator).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder context(Cookie user, String province, String version,
			String economy) {
		return post("/p/" + province + "/profile").cookie(user).with(csrf()).param("version", version)
			.param("economy", economy).param("society", "สังคมสูงวัย").param("environment", "")
			.param("infrastructure", "").param("digitalReadiness", "");
	}
}
