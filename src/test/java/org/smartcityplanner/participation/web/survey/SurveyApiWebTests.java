package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The survey API: all-or-nothing creation, paper responses, problems named by field in the caller's language. */
class SurveyApiWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-12");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;

	@Test
	void createsASurveyAllOrNothingAndNamesEveryProblem() throws Exception {
		Cookie consultant = signedIn("survey.api.consultant", Role.CONSULTANT, OWN);
		String bad = """
				{"title": "ทดสอบ API", "questions": [
				  {"kind": "SINGLE_CHOICE", "text": "ข้อหนึ่ง", "options": ["ก"]},
				  {"kind": "TEXT", "text": "", "conditionQuestion": 5, "conditionOption": 1},
				  null]}""";
		int before = surveys.surveysOf(OWN).size();
		mvc.perform(post("/api/v1/provinces/TH-12/participation/surveys").cookie(consultant).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("questions[0].options")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("questions[1].text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("questions[1].conditionQuestionId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("questions[2]")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("This type of question needs 2 to 20 options (one per line).")));
		assertThat(surveys.surveysOf(OWN)).hasSize(before);
		mvc.perform(post("/api/v1/provinces/TH-12/participation/surveys").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": 12, \"questions\": \"many\"}"))
			.andExpect(status().isBadRequest());
		String good = """
				{"title": "ทดสอบ API ผ่าน", "questions": [
				  {"kind": "SINGLE_CHOICE", "text": "ข้อหนึ่ง", "required": true, "options": ["ก", "ข"]},
				  {"kind": "TEXT", "text": "ทำไม", "conditionQuestion": 1, "conditionOption": 2}]}""";
		mvc.perform(post("/api/v1/provinces/TH-12/participation/surveys").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.questions[1].condition.option").value(1));
	}

	@Test
	void paperResponsesThroughTheApiAreIdempotentAndLandInTheWorkbook() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, OWN, "API กระดาษ " + UUID.randomUUID(), false);
		Cookie coordinator = signedIn("survey.api.coordinator", Role.COORDINATOR, OWN);
		String base = "/api/v1/provinces/TH-12/participation/surveys/" + fx.survey.id();
		String body = "{\"submissionKey\": \"paper-0001-abcdefgh\", \"answers\": {\"" + fx.q(0) + "\": [\"2\"], \""
				+ fx.q(6) + "\": [\"-ลบ\"], \"sector\": [\"PRIVATE\"]}}";
		mvc.perform(post(base + "/paper-responses").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("STORED"));
		mvc.perform(post(base + "/paper-responses").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_STORED"));
		mvc.perform(post(base + "/paper-responses").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"submissionKey\": \"paper-0002-abcdefgh\", \"answers\": {\"" + fx.q(0) + "\": [\"7\"]}}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(fx.q(0)));
		mvc.perform(get(base + "/results").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.paper").value(1))
			.andExpect(jsonPath("$.questions[0].options[1].count").value(1));
		mvc.perform(get(base + "/cross-tab").param("questionId", String.valueOf(fx.questions.get(0))).param("by", "AREA")
			.cookie(coordinator)).andExpect(status().isOk()).andExpect(jsonPath("$.columnTotals.length()").value(3));
		mvc.perform(get(base + "/cross-tab").param("questionId", String.valueOf(fx.questions.get(6))).cookie(coordinator))
			.andExpect(status().isBadRequest());
		byte[] xlsx = mvc.perform(get("/p/TH-12/participation/surveys/" + fx.survey.id() + "/export.xlsx")
			.cookie(coordinator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			boolean found = false;
			for (var row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().equals("-ลบ")) {
						found = true;
						assertThat(cell.getCellStyle().getQuotePrefixed()).as("formula-like text stays text").isTrue();
					}
					assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
				}
			}
			assertThat(found).isTrue();
			assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("สรุปผล");
		}
	}

	@Test
	void anotherProvincesSurveyIdIsNotFoundThroughTheApi() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, OWN, "API จังหวัดอื่น " + UUID.randomUUID(), false);
		Cookie outsider = signedIn("survey.api.outsider", Role.COORDINATOR, new ProvinceCode("TH-13"));
		mvc.perform(get("/api/v1/provinces/TH-13/participation/surveys/" + fx.survey.id()).cookie(outsider))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("surveyId"));
		mvc.perform(get("/api/v1/provinces/TH-12/participation/surveys/" + fx.survey.id() + "/results").cookie(outsider))
			.andExpect(status().isForbidden());
	}
}
