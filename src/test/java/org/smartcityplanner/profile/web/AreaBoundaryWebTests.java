package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Uploading target-area boundaries through the area form. Runs in its own province (Uttaradit) so counts are
 * not disturbed by other web tests sharing the database.
 */
class AreaBoundaryWebTests extends WebTestSupport {

	static final ProvinceCode UTTARADIT = new ProvinceCode("TH-53");
	static final String SQUARE = """
			{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"ตลาด"},
			"geometry":{"type":"Polygon","coordinates":
			[[[100.09,17.62],[100.10,17.62],[100.10,17.63],[100.09,17.63],[100.09,17.62]]]}}]}""";
	static final String BOW_TIE = """
			{"type":"Polygon","coordinates":[[[100.00,17.00],[100.01,17.01],[100.01,17.00],[100.00,17.01],[100.00,17.00]]]}""";

	@Autowired
	ProfileUseCases profile;

	Cookie coordinator;

	@BeforeEach
	void signIn() throws Exception {
		coordinator = signedIn("boundary.coordinator", Role.COORDINATOR, UTTARADIT);
	}

	@Test
	void aCoordinatorUploadsAValidGeoJsonFileAndTheAreaGetsItsComputedSize() throws Exception {
		mvc.perform(newArea("ย่านตลาดท่าอิฐ", file("tha-it.geojson", SQUARE)))
			.andExpect(redirectedUrlPattern("/p/TH-53/areas/*"));

		TargetAreaView area = areaNamed("ย่านตลาดท่าอิฐ");
		assertThat(area.hasBoundary()).isTrue();
		// 0.01° × 0.01° at 17.62° N on the WGS84 ellipsoid is 1.1746 km²
		assertThat(area.areaSqKm()).isEqualByComparingTo("1.175");
		assertThat(area.leadDimensions()).containsExactly("ECO", "LIV");

		mvc.perform(get("/api/v1/provinces/TH-53/areas.geojson").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[?(@.id == " + area.id() + ")].geometry.type").value("Polygon"))
			.andExpect(jsonPath("$.features[?(@.id == " + area.id() + ")].properties.nameTh").value("ย่านตลาดท่าอิฐ"));
		mvc.perform(get("/api/v1/provinces/TH-53/areas").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ย่านตลาดท่าอิฐ")))
			.andExpect(content().string(not(containsString("coordinates"))));
		mvc.perform(get("/p/TH-53/areas").cookie(coordinator))
			.andExpect(content().string(containsString("data-area-map")))
			.andExpect(content().string(containsString("/dist/leaflet.js")))
			.andExpect(content().string(containsString("ย่านตลาดท่าอิฐ")));
		mvc.perform(get("/p/TH-53/areas/" + area.id()).cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-focus-id=\"" + area.id() + "\"")))
			.andExpect(content().string(containsString("เศรษฐกิจอัจฉริยะ")));
	}

	@Test
	void aSelfIntersectingBoundaryIsRefusedAtTheFieldSayingWhereAndNothingIsSaved() throws Exception {
		long before = countAreas();
		mvc.perform(newArea("ชื่อที่ต้องคงไว้", file("bow-tie.geojson", BOW_TIE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เส้นขอบเขตตัดกันเองที่ลองจิจูด 100.00500 ละติจูด 17.00500")))
			.andExpect(content().string(containsString("value=\"ชื่อที่ต้องคงไว้\"")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(countAreas()).isEqualTo(before);

		// the same for a change to an existing area, and in English
		mvc.perform(newArea("ย่านเดิม", file("tha-it.json", SQUARE))).andExpect(status().is3xxRedirection());
		TargetAreaView existing = areaNamed("ย่านเดิม");
		mvc.perform(form(multipart("/p/TH-53/areas/" + existing.id()), "ย่านเปลี่ยนชื่อ")
			.param("version", String.valueOf(existing.version())).param("boundaryText", BOW_TIE).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The boundary crosses itself at longitude 100.00500, latitude 17.00500")));
		TargetAreaView unchanged = areaNamed("ย่านเดิม");
		assertThat(unchanged.version()).isEqualTo(existing.version());
		assertThat(unchanged.areaSqKm()).isEqualByComparingTo(existing.areaSqKm());
	}

	@Test
	void aFileThatIsNotGeoJsonIsRefusedWithTheReason() throws Exception {
		long before = countAreas();
		mvc.perform(newArea("ไม่ใช่ JSON", file("area.json", "<kml><Placemark/></kml>")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ข้อมูลนี้ไม่ใช่ JSON ที่ถูกต้อง (ใกล้บรรทัดที่ 1 คอลัมน์ที่ 1)")));
		mvc.perform(newArea("ไฟล์ภาพ", new MockMultipartFile("boundaryFile", "map.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 })))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกไฟล์ที่ลงท้ายด้วย .geojson หรือ .json")));
		mvc.perform(newArea("ไบนารี", new MockMultipartFile("boundaryFile", "area.geojson", "application/json",
				new byte[] { (byte) 0xff, (byte) 0xfe, 0, 0x7b })))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไฟล์นี้ไม่ใช่ไฟล์ข้อความ")));
		mvc.perform(newArea("จุด", file("point.geojson", "{\"type\":\"Point\",\"coordinates\":[100.1,17.6]}")))
			.andExpect(content().string(containsString("ต้องเป็น Polygon หรือ MultiPolygon ไม่ใช่ Point")));
		assertThat(countAreas()).isEqualTo(before);
	}

	@Test
	void aFileOverTwoMegabytesIsRefusedBeforeItIsRead() throws Exception {
		long before = countAreas();
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) ' ');
		byte[] json = SQUARE.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(json, 0, large, 0, json.length);
		mvc.perform(newArea("ไฟล์ใหญ่", new MockMultipartFile("boundaryFile", "large.geojson", "application/json", large)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไฟล์มีขนาดเกิน 2 MB")))
			.andExpect(content().string(containsString("value=\"ไฟล์ใหญ่\"")));
		assertThat(countAreas()).isEqualTo(before);
	}

	@Test
	void anAcceptedFileIsKeptInTheTextBoxWhenAnotherFieldIsWrong() throws Exception {
		long before = countAreas();
		mvc.perform(form(multipart("/p/TH-53/areas"), "", "ECO", "MOB", "ENV", "GOV").file(file("kept.geojson", SQUARE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกหนึ่งถึงสามด้าน")))
			.andExpect(content().string(containsString("&quot;FeatureCollection&quot;")));
		assertThat(countAreas()).isEqualTo(before);
	}

	@Test
	void aChangeOverSomeoneElsesChangeIsRefusedWithTheInputKept() throws Exception {
		mvc.perform(newArea("ย่านสองคนแก้", file("two.geojson", SQUARE))).andExpect(status().is3xxRedirection());
		TargetAreaView area = areaNamed("ย่านสองคนแก้");
		mvc.perform(form(multipart("/p/TH-53/areas/" + area.id()), "ย่านสองคนแก้ (ฉบับแรก)")
			.param("version", String.valueOf(area.version())))
			.andExpect(status().is3xxRedirection());

		mvc.perform(form(multipart("/p/TH-53/areas/" + area.id()), "ย่านสองคนแก้ (ฉบับที่สอง)")
			.param("version", String.valueOf(area.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นแก้ไขพื้นที่นี้หลังจากที่คุณเปิดหน้านี้")))
			.andExpect(content().string(containsString("ย่านสองคนแก้ (ฉบับแรก)")))
			.andExpect(content().string(containsString("value=\"ย่านสองคนแก้ (ฉบับที่สอง)\"")));
		assertThat(profile.area(UTTARADIT, area.id()).orElseThrow().name().th()).isEqualTo("ย่านสองคนแก้ (ฉบับแรก)");
		assertThat(profile.area(UTTARADIT, area.id()).orElseThrow().hasBoundary()).as("boundary kept").isTrue();
	}

	private MockMultipartHttpServletRequestBuilder newArea(String name, MockMultipartFile boundary) {
		return form(multipart("/p/TH-53/areas"), name).file(boundary);
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String name,
			String... leadDimensions) {
		request.cookie(coordinator).with(csrf()).accept(MediaType.TEXT_HTML).param("nameTh", name)
			.param("nameEn", "Test area").param("type", "OLD_TOWN").param("cityType", "LIVEABLE_CITY").param("population", "12000")
			.param("positioning", "ย่านการค้าริมน้ำที่มีชีวิตชีวา")
			.param("leadDimensions", leadDimensions.length == 0 ? new String[] { "ECO", "LIV" } : leadDimensions);
		return request;
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("boundaryFile", name, "application/geo+json", content.getBytes(StandardCharsets.UTF_8));
	}

	private TargetAreaView areaNamed(String name) {
		return profile.areasOf(UTTARADIT).stream().filter(a -> a.name().th().equals(name)).findFirst().orElseThrow();
	}

	private long countAreas() {
		return profile.areasOf(UTTARADIT).size();
	}
}
