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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Baselines through the pages: the form, the two-step file import and the exports. Each test works in a
 * province of its own, since the web tests share one database.
 */
class BaselineWebTests extends WebTestSupport {

	static final String HEADER = "indicator_code,area,year,value,source\n";

	@Autowired
	ProfileUseCases profile;

	@Test
	void aValidCsvIsShownRowByRowAndSavedOnlyWhenConfirmed() throws Exception {
		ProvinceCode nakhon = new ProvinceCode("TH-80");
		profile.addArea(nakhon, new LocalizedText("ย่านท่าวัง", "Tha Wang"), AreaType.OLD_TOWN, null, null);
		Cookie coordinator = signedIn("baseline.importer", Role.COORDINATOR, nakhon);
		String csv = "\uFEFF" + HEADER
				+ "IND-ENV-01,,๒๕๖๖,\"1,028.4\",กรมควบคุมมลพิษ\r\n"
				+ "IND-ENV-01,Tha Wang,2566,25,เทศบาลนคร\r\n"
				+ "IND-ECO-11,,2565,139500,สศช.\r\n";

		String preview = upload(coordinator, "TH-80", file("baselines.csv", csv));
		mvc.perform(get(preview).cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่ได้บันทึกข้อมูลใด ๆ")))
			.andExpect(content().string(containsString("บันทึกทั้งหมด 3 แถว")))
			.andExpect(content().string(containsString("1,028.4")))
			.andExpect(content().string(not(containsString("บันทึกเฉพาะ"))));
		assertThat(profile.baselinesOf(nakhon)).isEmpty();

		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "all"))
			.andExpect(redirectedUrl("/p/TH-80/baselines"));
		assertThat(profile.baselinesOf(nakhon)).hasSize(3)
			.anySatisfy(b -> assertThat(b.value()).isEqualByComparingTo("1028.4"))
			.anySatisfy(b -> assertThat(b.areaId()).isNotNull());

		mvc.perform(get("/p/TH-80/baselines").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ย่านท่าวัง")))
			.andExpect(content().string(containsString("1,028.4")))
			.andExpect(content().string(containsString("ไมโครกรัมต่อลูกบาศก์เมตร")));
		mvc.perform(get("/api/v1/provinces/TH-80/baselines").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].year").value(2565))
			.andExpect(jsonPath("$[0].province").value("TH-80"));
	}

	@Test
	void aSecondConfirmationSavesNothingAgain() throws Exception {
		ProvinceCode phangNga = new ProvinceCode("TH-82");
		Cookie coordinator = signedIn("baseline.doubler", Role.COORDINATOR, phangNga);
		String preview = upload(coordinator, "TH-82",
				file("b.csv", HEADER + "IND-ENV-01,,2566,28.4,กรมควบคุมมลพิษ\nIND-ENV-02,,2566,40,กรมควบคุมมลพิษ\n"));

		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "all"))
			.andExpect(redirectedUrl("/p/TH-82/baselines"));
		mvc.perform(get("/p/TH-82/baselines").cookie(coordinator))
			.andExpect(content().string(containsString("บันทึกการนำเข้าแล้ว: เพิ่มใหม่ 2 รายการ")));
		MvcResult second = mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "all"))
			.andExpect(redirectedUrl("/p/TH-82/baselines")).andReturn();

		assertThat(profile.baselinesOf(phangNga)).hasSize(2);
		assertThat(second.getFlashMap().get("importResult"))
			.isEqualTo(new BaselineImportController.ImportSaved(2, 0, 0, true));
		mvc.perform(get("/p/TH-82/baselines").cookie(coordinator))
			.andExpect(content().string(containsString("การนำเข้านี้บันทึกไปแล้ว ไม่มีการบันทึกซ้ำ")));
		mvc.perform(get(preview).cookie(coordinator))
			.andExpect(content().string(containsString("การนำเข้านี้บันทึกไปแล้ว")))
			.andExpect(content().string(not(containsString("name=\"rows\""))));
	}

	@Test
	void aFileWithErrorsSavesNothingUntilTheValidRowsAreChosenExplicitly() throws Exception {
		ProvinceCode phuket = new ProvinceCode("TH-83");
		Cookie coordinator = signedIn("baseline.fixer", Role.COORDINATOR, phuket);
		String csv = HEADER
				+ "IND-ENV-01,,2566,28.4,กรมควบคุมมลพิษ\n"
				+ "IND-ENV-01,,2024,27,กรมควบคุมมลพิษ\n"
				+ "IND-XXX-01,,2566,1,x\n"
				+ "IND-ECO-11,,2566,ประมาณ 140000,สศช.\n"
				+ "IND-ENV-05,,2566,24.5,สำนักงานทรัพยากรธรรมชาติ\n";

		String preview = upload(coordinator, "TH-83", file("errors.csv", csv));
		mvc.perform(get(preview).cookie(coordinator))
			.andExpect(content().string(containsString("มี 3 แถวที่ผิดพลาด จึงยังไม่ได้บันทึกข้อมูลใด ๆ")))
			.andExpect(content().string(containsString("2024 ดูเหมือนเป็นปี ค.ศ. หมายถึงปี พ.ศ. 2567 หรือไม่")))
			.andExpect(content().string(containsString("ไม่รู้จักรหัสตัวชี้วัด &quot;IND-XXX-01&quot;")))
			.andExpect(content().string(containsString("&quot;ประมาณ 140000&quot; ไม่ใช่ตัวเลข")))
			.andExpect(content().string(containsString("บันทึกเฉพาะ 2 แถวที่ถูกต้อง (ข้าม 3 แถวที่ผิดพลาด)")))
			.andExpect(content().string(not(containsString("บันทึกทั้งหมด"))));
		mvc.perform(get(preview).cookie(new Cookie("scp-lang", "en")).cookie(coordinator))
			.andExpect(content().string(containsString("2024 looks like a year C.E.; did you mean 2567 (B.E.)?")));

		// a forged "save all" on a file with errors is refused and saves nothing
		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไฟล์มี 3 แถวที่ผิดพลาด จึงยังไม่บันทึกข้อมูลใด ๆ")));
		assertThat(profile.baselinesOf(phuket)).isEmpty();

		mvc.perform(post(preview).cookie(coordinator).with(csrf()).param("rows", "valid"))
			.andExpect(redirectedUrl("/p/TH-83/baselines"));
		assertThat(profile.baselinesOf(phuket)).extracting(IndicatorBaseline::indicatorCode, IndicatorBaseline::year)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("IND-ENV-01", 2566),
					org.assertj.core.groups.Tuple.tuple("IND-ENV-05", 2566));
	}

	@Test
	void aTextFileNamedXlsxAndAnOversizeFileAreRefusedWithAMessage() throws Exception {
		ProvinceCode ranong = new ProvinceCode("TH-85");
		Cookie coordinator = signedIn("baseline.uploader", Role.COORDINATOR, ranong);

		mvc.perform(multipart("/p/TH-85/baselines/import").file(new MockMultipartFile("file", "baselines.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				(HEADER + "IND-ENV-01,,2566,1,x\n").getBytes(StandardCharsets.UTF_8))).cookie(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("baselines.xlsx: ")))
			.andExpect(content().string(containsString("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx)")));
		mvc.perform(multipart("/p/TH-85/baselines/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[2 * 1024 * 1024 + 1]))
			.cookie(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไฟล์มีขนาดเกิน 2 MB")));
		mvc.perform(multipart("/p/TH-85/baselines/import").cookie(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกไฟล์ที่จะอัปโหลด")));

		assertThat(jdbc.sql("select count(*) from prf_baseline_import where province_code = 'TH-85'")
			.query(Long.class).single()).isZero();
		assertThat(profile.baselinesOf(ranong)).isEmpty();
	}

	@Test
	void theFormReportsBadFieldsKeepsTheInputAndRefusesASecondBaselineForTheSameYear() throws Exception {
		ProvinceCode chumphon = new ProvinceCode("TH-86");
		Cookie consultant = signedIn("baseline.typist", Role.COORDINATOR, chumphon);

		mvc.perform(post("/p/TH-86/baselines").cookie(consultant).with(csrf()).param("indicatorCode", "IND-ENV-01")
			.param("areaId", "").param("year", "2023").param("value", "สามสิบ").param("source", "ศูนย์อุตุฯ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 ดูเหมือนเป็นปี ค.ศ. หมายถึงปี พ.ศ. 2566 หรือไม่")))
			.andExpect(content().string(containsString("ไม่ใช่ตัวเลข")))
			.andExpect(content().string(containsString("value=\"สามสิบ\"")))
			.andExpect(content().string(containsString("value=\"ศูนย์อุตุฯ\"")));
		mvc.perform(post("/p/TH-86/baselines").cookie(consultant).with(csrf()).param("indicatorCode", "IND-ENV-01")
			.param("areaId", "").param("year", "2566").param("value", "๓๐.๕").param("source", "ศูนย์อุตุฯ"))
			.andExpect(redirectedUrl("/p/TH-86/baselines"));
		mvc.perform(post("/p/TH-86/baselines").cookie(consultant).with(csrf()).param("indicatorCode", "IND-ENV-01")
			.param("areaId", "").param("year", "2566").param("value", "31").param("source", "อื่น"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีค่าฐานของตัวชี้วัดนี้สำหรับพื้นที่นี้ในปี 2566 อยู่แล้ว")));

		IndicatorBaseline saved = profile.baselinesOf(chumphon).get(0);
		assertThat(saved.value()).isEqualByComparingTo("30.5");
		mvc.perform(post("/p/TH-86/baselines/" + saved.id()).cookie(consultant).with(csrf())
			.param("indicatorCode", "IND-ENV-01").param("areaId", "").param("year", "2566").param("value", "29.9")
			.param("source", "ศูนย์อุตุฯ").param("version", String.valueOf(saved.version())))
			.andExpect(redirectedUrl("/p/TH-86/baselines"));
		assertThat(profile.baseline(chumphon, saved.id())).get()
			.satisfies(b -> assertThat(b.value()).isEqualByComparingTo("29.9"));
	}

	@Test
	void aWorkingGroupMemberReadsAndDownloadsButEveryChangeIsForbidden() throws Exception {
		ProvinceCode surat = new ProvinceCode("TH-84");
		IndicatorBaseline baseline = profile.addBaseline(surat,
				new BaselineDraft("IND-ENV-01", null, 2566, new BigDecimal("22.1"), "กรมควบคุมมลพิษ", null));
		Cookie coordinator = signedIn("baseline.owner", Role.COORDINATOR, surat);
		String preview = upload(coordinator, "TH-84", file("b.csv", HEADER + "IND-ENV-02,,2566,30,x\n"));
		Cookie member = signedIn("baseline.member", Role.WORKING_GROUP, surat);

		mvc.perform(get("/p/TH-84/baselines").cookie(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("22.1")))
			.andExpect(content().string(not(containsString("/baselines/import\""))))
			.andExpect(content().string(not(containsString("name=\"indicatorCode\""))));
		mvc.perform(get("/p/TH-84/baselines.csv").cookie(member)).andExpect(status().isOk());

		List<AbstractMockHttpServletRequestBuilder<?>> edits = List.of(
				post("/p/TH-84/baselines").param("indicatorCode", "IND-ENV-02").param("year", "2566")
					.param("value", "1").param("source", "x"),
				get("/p/TH-84/baselines/" + baseline.id() + "/edit"),
				post("/p/TH-84/baselines/" + baseline.id()).param("value", "1"),
				post("/p/TH-84/baselines/" + baseline.id() + "/delete"),
				get("/p/TH-84/baselines/import"),
				multipart("/p/TH-84/baselines/import").file(file("b.csv", HEADER)),
				get(preview), post(preview).param("rows", "all"));
		for (AbstractMockHttpServletRequestBuilder<?> edit : edits) {
			mvc.perform(edit.cookie(member).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		}
		assertThat(profile.baselinesOf(surat)).singleElement()
			.satisfies(b -> assertThat(b.value()).isEqualByComparingTo("22.1"));
	}

	@Test
	void exportsNeutraliseASourceThatLooksLikeAFormula() throws Exception {
		ProvinceCode krabi = new ProvinceCode("TH-81");
		String evil = "=HYPERLINK(\"http://evil.example/steal\",\"แหล่งข้อมูล\")";
		profile.addBaseline(krabi, new BaselineDraft("IND-ENV-01", null, 2566, new BigDecimal("-1.5"), evil, "@note"));
		Cookie coordinator = signedIn("baseline.exporter", Role.COORDINATOR, krabi);

		String csv = mvc.perform(get("/p/TH-81/baselines.csv").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/steal\"\",\"\"แหล่งข้อมูล\"\")\"")
			.contains(",'@note")
			.contains(",2566,-1.5,")
			.doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");

		byte[] xlsx = mvc.perform(get("/p/TH-81/baselines.xlsx").cookie(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(BaselineExportController.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell source = workbook.getSheetAt(0).getRow(1).getCell(6);
			assertThat(source.getCellType()).isEqualTo(CellType.STRING);
			assertThat(source.getStringCellValue()).isEqualTo(evil);
			assertThat(source.getCellStyle().getQuotePrefixed()).isTrue();
		}

		// what was exported can be uploaded again: the row updates the saved baseline
		String preview = upload(coordinator, "TH-81", file("again.csv", csv));
		mvc.perform(get(preview).cookie(coordinator))
			.andExpect(content().string(containsString("บันทึกทั้งหมด 1 แถว")))
			.andExpect(content().string(containsString("จะแทนค่าที่บันทึกไว้ -1.5")));
	}

	/** Uploads the file and returns the preview address it redirects to. */
	private String upload(Cookie user, String province, MockMultipartFile file) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/p/" + province + "/baselines/import").file(file);
		return mvc.perform(request.cookie(user).with(csrf()))
			.andExpect(redirectedUrlPattern("/p/" + province + "/baselines/import/*"))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
