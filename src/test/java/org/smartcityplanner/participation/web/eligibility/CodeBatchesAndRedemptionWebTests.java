package org.smartcityplanner.participation.web.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A lost code sheet is withdrawn on the process page or over the API (coordinators and consultants of the province
 * only; a batch of another province is not found), after which its unused codes are refused with a clear message
 * and a used one keeps its participant; and an API client redeems a code and then takes part under it as a browser
 * does, behind the code page's guard. Province TH-92 (Trang: the assigned TH-87 is not in
 * the reference data, which public pages need; no other participation test uses Trang); TH-86 is "another
 * province". The rule is set back to anyone after each test.
 */
class CodeBatchesAndRedemptionWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-92");
	static final ProvinceCode OTHER = new ProvinceCode("TH-86");

	@Autowired
	ParticipationCodeService codes;
	@Autowired
	Eligibility eligibility;
	@Autowired
	PublicFormGuard guard;
	@Autowired
	IdeaApi ideas;
	@Autowired
	ProcessUseCases process;

	Cookie coordinator;

	@BeforeEach
	void setUp() throws Exception {
		coordinator = signedIn("rest-coordinator-92", Role.COORDINATOR, OWN);
	}

	@AfterEach
	void anyoneAgain() {
		eligibility.save(OWN, "ANYONE", eligibility.rule(OWN).version());
	}

	@Test
	void theCoordinatorWithdrawsALostSheetAndItsUnusedCodesAreRefused() throws Exception {
		ParticipationCodeService.NewBatch batch = codes.generate(OWN, "เวทีประชาคมบ้านโนนสัง ใบหาย", 3);
		assertThat(codes.redeem(OWN, batch.codes().get(0)).outcome()).isEqualTo(ParticipationCodeService.Outcome.REDEEMED);
		String withdraw = "/p/TH-92/participation/process/codes/" + batch.batch().id() + "/withdraw";
		mvc.perform(get("/p/TH-92/participation/process").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-batch-" + batch.batch().id() + "\"")));
		mvc.perform(post(withdraw).cookie(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/p/TH-92/participation/process#codes"));
		mvc.perform(get("/p/TH-92/participation/process").cookie(coordinator))
			.andExpect(content().string(containsString("id=\"batch-withdrawn-" + batch.batch().id() + "\"")));
		mvc.perform(enter(batch.codes().get(1), "10.92.0.1")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("เจ้าหน้าที่ยกเลิกรหัสชุดนี้")));
		mvc.perform(enter(batch.codes().get(0), "10.92.0.1")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("รหัสนี้ถูกใช้ไปแล้ว")));

		MvcResult again = mvc.perform(post(withdraw).cookie(coordinator).with(csrf())).andReturn();
		assertThat(again.getFlashMap().get("flashSuccess")).isEqualTo("code.batch.withdrawnBefore");
		mvc.perform(post("/p/TH-92/participation/process/codes/abc/withdraw").cookie(coordinator).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheProvincesPlannersWithdrawAndAnotherProvincesBatchIsNotFound() throws Exception {
		long own = codes.generate(OWN, "ชุดของจังหวัดเอง", 2).batch().id();
		long others = codes.generate(OTHER, "ชุดของจังหวัดอื่น", 2).batch().id();
		Cookie member = signedIn("rest-member-92", Role.WORKING_GROUP, OWN);
		Cookie stranger = signedIn("rest-coordinator-86", Role.COORDINATOR, OTHER);
		Cookie consultant = signedIn("rest-consultant-92", Role.CONSULTANT, OWN);
		String page = "/p/TH-92/participation/process/codes/%d/withdraw";
		String api = "/api/v1/provinces/TH-92/participation/code-batches/%d/withdrawal";

		mvc.perform(post(page.formatted(own)).cookie(member).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(api.formatted(own)).cookie(member).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page.formatted(own)).cookie(stranger).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(api.formatted(own)).cookie(stranger).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page.formatted(own)).with(csrf())).andExpect(status().is4xxClientError());
		mvc.perform(post(api.formatted(own)).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post(page.formatted(others)).cookie(coordinator).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(api.formatted(others)).cookie(coordinator).with(csrf())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("batchId"));
		mvc.perform(post("/api/v1/provinces/TH-92/participation/code-batches/x1/withdrawal").cookie(coordinator)
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(codes.batches(OWN)).filteredOn(b -> b.id() == own).allMatch(b -> !b.isWithdrawn());
		assertThat(codes.batches(OTHER)).filteredOn(b -> b.id() == others).allMatch(b -> !b.isWithdrawn());

		mvc.perform(post(api.formatted(own)).cookie(consultant).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.codesWithdrawn").value(2)).andExpect(jsonPath("$.before").value(false))
			.andExpect(jsonPath("$.batch.withdrawn").value(2)).andExpect(jsonPath("$.batch.unused").value(0))
			.andExpect(jsonPath("$.batch.withdrawnBy").value("rest-consultant-92"));
		mvc.perform(post(api.formatted(own)).cookie(consultant).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.before").value(true)).andExpect(jsonPath("$.codesWithdrawn").value(0));
	}

	@Test
	void anApiClientRedeemsACodeAndThenSupportsUnderIt() throws Exception {
		IdeaFixtures.openIdeasAndSurveys(process, OWN);
		long idea = IdeaFixtures.propose(ideas, OWN, "ทางเดินริมหนองบัว " + Instant.now().toEpochMilli(), "ENV", null,
				false).idea().id();
		eligibility.save(OWN, "CODE", eligibility.rule(OWN).version());
		List<String> batch = codes.generate(OWN, "เวทีประชาคมทาง API", 2).codes();
		String support = "/api/v1/public/TH-92/ideas/" + idea + "/support";
		mvc.perform(post(support)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("participation.eligibility.needsCode"));

		mvc.perform(get("/api/v1/public/TH-92/participation-codes/redemption-form")).andExpect(status().isOk())
			.andExpect(jsonPath("$.stamp").isString());
		MvcResult redeemed = mvc.perform(redeem("TH-92", batch.get(0).toLowerCase(), "10.92.1.1"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("REDEEMED"))
			.andExpect(jsonPath("$.province").value("TH-92")).andReturn();
		Cookie session = redeemed.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(post(support).cookie(session)).andExpect(status().isCreated());
		mvc.perform(post(support).cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALREADY_STORED"));
		assertThat(jdbc.sql("select participant_key from par_idea_support where idea_id = ?").param(idea)
			.query(String.class).list()).singleElement().satisfies(key -> assertThat(key).startsWith("code:"));

		mvc.perform(redeem("TH-92", batch.get(0), "10.92.1.2")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("participationCode"))
			.andExpect(jsonPath("$.detail", containsString("รหัสนี้ถูกใช้ไปแล้ว")));
		mvc.perform(redeem("TH-86", batch.get(1), "10.92.1.2").header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail", containsString("belongs to another province")));
		mvc.perform(redeem("TH-92", "<script>", "10.92.1.2")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("participation.codes.enter.NOT_A_CODE"));
		mvc.perform(post("/api/v1/public/TH-92/participation-codes/redemptions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"participationCode\": \"" + batch.get(1) + "\", \"stamp\": \"forged\"}")
			.with(from("10.92.1.2"))).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("stamp"));
		mvc.perform(post("/api/v1/public/TH-92/participation-codes/redemptions").contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
		mvc.perform(redeem("TH-99", batch.get(1), "10.92.1.2")).andExpect(status().isNotFound());
	}

	@Test
	void guessingCodesOverTheApiCountsAgainstThePagesLimit() throws Exception {
		int limit = guard.maxAttempts(CodeEntryController.FORM);
		for (int i = 0; i < limit; i++) {
			mvc.perform(i % 2 == 0 ? redeem("TH-92", "23456-789AB", "10.92.9.9") : enter("23456-789AC", "10.92.9.9"))
				.andExpect(status().isUnprocessableEntity());
		}
		mvc.perform(redeem("TH-92", "23456-789AB", "10.92.9.9")).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theOpenApiDocumentDescribesTheNewEndpointsAndTheirRequiredFields() throws Exception {
		mvc.perform(get("/api/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/{code}/participation-codes/redemptions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/{code}/participation-codes/redemption-form'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/provinces/{provinceCode}/participation/code-batches/{batchId}/withdrawal'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/provinces/{provinceCode}/ideas/paper/slips'].post").exists())
			.andExpect(jsonPath("$.components.schemas.CodeRedemptionRequest.required",
					org.hamcrest.Matchers.containsInAnyOrder("participationCode", "stamp")))
			.andExpect(jsonPath("$.components.schemas.PaperIdeaSlipRequest.required",
					org.hamcrest.Matchers.contains("secret")));
	}

	private MockHttpServletRequestBuilder redeem(String province, String code, String address) {
		return post("/api/v1/public/" + province + "/participation-codes/redemptions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"participationCode\": \"%s\", \"stamp\": \"%s\", \"website\": \"\"}".formatted(code,
					guard.formStamp(CodeEntryController.FORM, Instant.now().minusSeconds(20))))
			.with(from(address));
	}

	private MockHttpServletRequestBuilder enter(String code, String address) {
		return post("/public/TH-92/enter").param("participationCode", code).param("website", "")
			.param("stamp", guard.formStamp(CodeEntryController.FORM, Instant.now().minusSeconds(20)))
			.with(csrf()).with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}
}
