package org.smartcityplanner.participation.web.stakeholder;

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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * People register themselves on the public form (with consent, past the guard) and wait for staff; staff confirm
 * or turn them down; a sheet is previewed row by row and saved whole or not at all, with each person's consent.
 * Works in TH-25 (TH-26 for the other province); public posts come from addresses of their own.
 */
class StakeholderIntakeWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-25");
	static final ProvinceCode OTHER = new ProvinceCode("TH-26");
	static final String HOLDER = "participation-stakeholder";

	@Autowired
	StakeholderIntake intake;
	@Autowired
	StakeholderApi registry;
	@Autowired
	PersonalDataConsents consents;
	@Autowired
	PublicFormGuard guard;

	MockHttpServletRequestBuilder signUp(String key, String name, boolean consent) {
		String address = "10.25." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		MockHttpServletRequestBuilder post = post("/participation/join/" + key)
			.param("stamp", guard.formStamp(StakeholderSignupController.FORM, Instant.now().minusSeconds(30)))
			.param("website", "").param("name", name).param("organisation", "ชมรมทดสอบ").param("type", "NGO")
			.param("sector", "CIVIL_SOCIETY").param("email", "club@example.org").with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
		return consent ? post.param("consent", "true") : post;
	}

	Stakeholder pendingNamed(String name) {
		return intake.pending(OWN).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void aPersonSignsUpWithConsentAndJoinsTheRegistryOnlyOnceStaffConfirm() throws Exception {
		Cookie coordinator = signedIn("intake.coord25", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/signup").cookie(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String key = intake.signupKey(OWN).orElseThrow();
		mvc.perform(get("/participation/join/" + key)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"stamp\"")))
			.andExpect(content().string(containsString("id=\"consent\"")));

		String name = "ชมรมจักรยาน " + UUID.randomUUID();
		mvc.perform(signUp(key, name, false)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"consent-error\"")));
		assertThat(intake.pending(OWN)).noneMatch(s -> s.name().equals(name));

		mvc.perform(signUp(key, name, true)).andExpect(redirectedUrl("/participation/join/" + key + "/thanks"));
		Stakeholder pending = pendingNamed(name);
		assertThat(consents.of(HOLDER, pending.id())).hasValueSatisfying(c -> assertThat(c.active()).isTrue());
		assertThat(registry.stakeholders(OWN)).noneMatch(s -> s.id() == pending.id());
		mvc.perform(get("/p/TH-25/participation/stakeholders/intake").cookie(coordinator))
			.andExpect(content().string(containsString("id=\"pending-" + pending.id() + "\"")));

		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/pending/" + pending.id() + "/confirm")
			.cookie(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(registry.stakeholders(OWN)).anyMatch(s -> s.id() == pending.id());
		assertThat(intake.pending(OWN)).noneMatch(s -> s.id() == pending.id());
		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/pending/" + pending.id() + "/confirm")
			.cookie(coordinator).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'participation-stakeholder' "
				+ "and entity_id = ? and action in ('signed-up', 'confirmed')").param(String.valueOf(pending.id()))
			.query(Long.class).single()).isEqualTo(2);

		// a bot filling the honeypot stores nothing; a closed link answers 404
		String botName = "บอท " + UUID.randomUUID();
		mvc.perform(signUp(key, botName, true).param("website", "http://spam.example")).andExpect(status().isOk());
		assertThat(intake.pending(OWN)).noneMatch(s -> s.name().equals(botName));
		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/signup/close").cookie(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/participation/join/" + key)).andExpect(status().isNotFound());
		mvc.perform(signUp(key, "หลังปิด", true)).andExpect(status().isNotFound());
	}

	@Test
	void staffTurnDownASignUpThroughTheApiAndItsDataIsErasedAnotherProvinceReachesNothing() throws Exception {
		Cookie consultant = signedIn("intake.consultant25", Role.CONSULTANT, OWN);
		String name = "ผู้สมัคร " + UUID.randomUUID();
		long id = intake.signUp(OWN, new StakeholderDraft(name, "", "CITIZEN", "CIVIL_SOCIETY", "", "", "", true, "24"))
			.stakeholder().id();
		long theirs = intake.signUp(OTHER,
				new StakeholderDraft("จังหวัดอื่น", "", "CITIZEN", "CIVIL_SOCIETY", "", "", "", true, "24"))
			.stakeholder().id();
		mvc.perform(get("/api/v1/provinces/TH-25/participation/stakeholders/pending").cookie(consultant))
			.andExpect(status().isOk()).andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("จังหวัดอื่น"))));
		mvc.perform(post("/api/v1/provinces/TH-25/participation/stakeholders/pending/" + theirs + "/reject")
			.cookie(consultant).with(csrf())).andExpect(status().isNotFound());
		assertThat(consents.of(HOLDER, theirs)).hasValueSatisfying(c -> assertThat(c.erased()).isFalse());

		mvc.perform(post("/api/v1/provinces/TH-25/participation/stakeholders/pending/" + id + "/reject")
			.cookie(consultant).with(csrf())).andExpect(status().isNoContent());
		assertThat(consents.of(HOLDER, id)).hasValueSatisfying(c -> assertThat(c.erased()).isTrue());
		assertThat(registry.stakeholders(OWN)).noneMatch(s -> s.id() == id);
	}

	@Test
	void aSheetWithAWrongRowIsPreviewedWithItsProblemsAndNothingIsSaved() throws Exception {
		Cookie coordinator = signedIn("intake.coord25", Role.COORDINATOR, OWN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = "name,organisation,type,sector,email,consent,consent_date\n"
				+ "ก " + tag + ",ชุมชน,CITIZEN,CIVIL_SOCIETY,,ONLINE,\n"
				+ "ข " + tag + ",ชุมชน,CITIZEN,CIVIL_SOCIETY,not-an-email,PAPER,\n";
		mvc.perform(multipart("/p/TH-25/participation/stakeholders/intake/import")
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.cookie(coordinator).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("id=\"row-3\"")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		// a confirmation of the same sheet, sent anyway, saves nothing either
		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/import/confirm").param("sheet", csv)
			.cookie(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-errors\"")));
		assertThat(registry.stakeholders(OWN)).noneMatch(s -> s.name().endsWith(tag));
	}

	@Test
	void aValidSheetIsSavedWholeWithEachPersonsConsentAfterItsPreview() throws Exception {
		Cookie coordinator = signedIn("intake.coord25", Role.COORDINATOR, OWN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = "name,type,sector,consent,consent_date\n" + "ค " + tag + ",CITIZEN,CIVIL_SOCIETY,ONLINE,\n"
				+ "ง " + tag + ",BUSINESS,PRIVATE,PAPER,2026-11-30\n";
		mvc.perform(multipart("/p/TH-25/participation/stakeholders/intake/import")
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.cookie(coordinator).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-ready\"")))
			.andExpect(content().string(containsString("id=\"confirm-import\"")));
		assertThat(registry.stakeholders(OWN)).noneMatch(s -> s.name().endsWith(tag));
		mvc.perform(post("/p/TH-25/participation/stakeholders/intake/import/confirm").param("sheet", csv)
			.cookie(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/p/TH-25/participation/stakeholders"));
		List<Stakeholder> saved = registry.stakeholders(OWN).stream().filter(s -> s.name().endsWith(tag)).toList();
		assertThat(saved).hasSize(2).allSatisfy(s -> assertThat(consents.of(HOLDER, s.id())).isPresent());
		assertThat(jdbc.sql("select consent_channel || ':' || coalesce(cast(consent_collected_on as varchar(10)), '') "
				+ "from par_stakeholder where name like ? order by name").param("% " + tag).query(String.class).list())
			.containsExactly("ONLINE:", "PAPER:2026-11-30");
	}

	@Test
	void theApiImportsAWorkbookNamingEachProblemByRowAndColumn() throws Exception {
		Cookie consultant = signedIn("intake.consultant25", Role.CONSULTANT, OWN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String api = "/api/v1/provinces/TH-25/participation/stakeholders/import";
		byte[] bad = workbook(List.of("name", "type", "sector", "email", "consent"),
				List.of("จ " + tag, "CITIZEN", "CIVIL_SOCIETY", "", "ONLINE"),
				List.of("ฉ " + tag, "CITIZEN", "CIVIL_SOCIETY", "nope", "ONLINE"));
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", bad))
			.param("dryRun", "true").cookie(consultant).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].valid").value(true))
			.andExpect(jsonPath("$[1].row").value(3)).andExpect(jsonPath("$[1].problems[0].field").value("email"));
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", bad))
			.cookie(consultant).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("row3.email"));
		assertThat(registry.stakeholders(OWN)).noneMatch(s -> s.name().endsWith(tag));

		byte[] good = workbook(List.of("name", "type", "sector", "consent"),
				List.of("ช " + tag, "CITIZEN", "CIVIL_SOCIETY", "ONLINE"));
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", good))
			.cookie(consultant).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.saved").value(1));
		assertThat(registry.stakeholders(OWN)).anyMatch(s -> s.name().equals("ช " + tag));
	}

	@Test
	void theWorkingGroupNeitherModeratesNorImports() throws Exception {
		Cookie member = signedIn("intake.member25", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-25/participation/stakeholders/intake").cookie(member)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-25/participation/stakeholders/pending").cookie(member))
			.andExpect(status().isForbidden());
	}

	private static byte[] workbook(List<String> header, List<?>... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("people");
			write(sheet.createRow(0), header);
			for (int i = 0; i < rows.length; i++) {
				write(sheet.createRow(i + 1), rows[i]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(XSSFRow row, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(String.valueOf(cells.get(i)));
		}
	}
}
