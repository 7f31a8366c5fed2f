package org.smartcityplanner.participation.web.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.web.idea.ParticipantKeys;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who may take part, through the pages: the coordinator sets the rule and prints a code sheet (read back from the
 * PDF: every code whole on its line, rendered to PNG under target/code-sheet/); a citizen of a code process is sent
 * to the code page, enters a code and answers; a used, unknown or other province's code is refused; guessing is
 * rate-limited; an account process takes only the province's accounts. Province TH-91 (Satun); TH-80 is "another
 * province". The rule is set back to anyone after each test.
 */
class ParticipationCodesWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-91");
	static final ProvinceCode OTHER = new ProvinceCode("TH-80");
	static final Pattern CODE = Pattern.compile("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");

	@Autowired
	Eligibility eligibility;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PublicFormGuard guard;
	@Autowired
	ParticipantKeys keys;
	@Autowired
	PublicParticipants participants;
	@Autowired
	ParticipationCodeService codes;

	Cookie coordinator;
	SurveyFixtures fx;

	@BeforeEach
	void setUp() throws Exception {
		coordinator = signedIn("codes-coordinator-91", Role.COORDINATOR, OWN);
		fx = SurveyFixtures.published(surveys, profile, OWN, "สำรวจรหัส " + UUID.randomUUID(), false);
	}

	@AfterEach
	void anyoneAgain() {
		eligibility.save(OWN, "ANYONE", eligibility.rule(OWN).version());
	}

	@Test
	void theCoordinatorSetsTheRuleAndPrintsACodeSheetOfWholeCodes() throws Exception {
		setRule("CODE");
		mvc.perform(get("/p/TH-91/participation/process").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-CODE\"")))
			.andExpect(content().string(containsString("http://localhost:8080/public/TH-91/enter")));
		assertThat(eligibility.rule(OWN).rule().name()).isEqualTo("CODE");

		List<String> codes = sheet("เวทีประชาคมบ้านควนโพธิ์ 12 ธันวาคม 2569", 25);
		assertThat(codes).hasSize(25).doesNotHaveDuplicates();
		mvc.perform(get("/p/TH-91/participation/process").cookie(coordinator))
			.andExpect(content().string(containsString("เวทีประชาคมบ้านควนโพธิ์ 12 ธันวาคม 2569")))
			.andExpect(content().string(not(containsString(codes.get(0)))));

		MvcResult docx = mvc.perform(post("/p/TH-91/participation/process/codes").cookie(coordinator).with(csrf())
			.param("label", "ชุด Word").param("count", "3").param("format", "docx")).andExpect(status().isOk())
			.andReturn();
		assertThat(docx.getResponse().getContentType()).contains("wordprocessingml");

		mvc.perform(post("/p/TH-91/participation/process/codes").cookie(coordinator).with(csrf()).param("label", " ")
			.param("count", "หกสิบ")).andExpect(redirectedUrl("/p/TH-91/participation/process#codes"));
		mvc.perform(post("/p/TH-91/participation/process/rule").cookie(coordinator).with(csrf()).param("rule", "ALL")
			.param("ruleVersion", String.valueOf(eligibility.rule(OWN).version())))
			.andExpect(redirectedUrl("/p/TH-91/participation/process#participants"));
		assertThat(eligibility.rule(OWN).rule().name()).as("an unknown rule is refused, never stored").isEqualTo("CODE");
	}

	@Test
	void aCitizenOfACodeProcessEntersACodeOnceAndAnswers() throws Exception {
		setRule("CODE");
		List<String> codes = sheet("เวทีประชาคมทดสอบ", 3);
		String survey = "/survey/" + fx.survey.publicKey();
		mvc.perform(get(survey)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"survey-not-eligible\"")))
			.andExpect(content().string(containsString("/public/TH-91/enter?next=" + survey)))
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
		mvc.perform(answer(survey, "10.91.0.1", null)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("รหัสเข้าร่วมเท่านั้น")));

		MvcResult entered = mvc.perform(enter("TH-91", codes.get(0).toLowerCase().replace("-", " "), "10.91.0.2")
			.param("next", survey)).andExpect(redirectedUrl(survey)).andReturn();
		Cookie session = entered.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		long before = surveys.summary(OWN, fx.survey.id()).responses();
		mvc.perform(answer(survey, "10.91.0.2", session)).andExpect(redirectedUrl(survey + "/thanks"));
		assertThat(surveys.summary(OWN, fx.survey.id()).responses()).isEqualTo(before + 1);

		mvc.perform(enter("TH-91", codes.get(0), "10.91.0.3")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("รหัสนี้ถูกใช้ไปแล้ว")));
		mvc.perform(enter("TH-80", codes.get(1), "10.91.0.3")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("รหัสนี้เป็นของจังหวัดอื่น")));
		mvc.perform(enter("TH-91", "23456-789AB", "10.91.0.3")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("ไม่พบรหัสนี้")));
		mvc.perform(enter("TH-91", "<script>alert(1)</script>", "10.91.0.3")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("รหัสเข้าร่วมมี 10 ตัว")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(enter("TH-91", codes.get(1), "10.91.0.4").param("next", "https://evil.example/"))
			.andExpect(redirectedUrl("/public/TH-91"));
		mvc.perform(get("/public/TH-99/enter")).andExpect(status().isNotFound());
	}

	@Test
	void ideasSupportsAndCommentsTakePartUnderTheKeyTheRuleGives() throws Exception {
		MockHttpServletRequest browser = new MockHttpServletRequest("POST", "/public/TH-91/ideas");
		browser.setSession(new MockHttpSession());
		String anyone = keys.of(browser);
		assertThat(anyone).startsWith("session:");
		assertThat(keys.of(browser)).as("one browser, one participant").isEqualTo(anyone);

		setRule("CODE");
		assertThatThrownBy(() -> keys.of(browser)).isInstanceOfSatisfying(NotEligibleException.class,
				e -> assertThat(e.messageKey()).isEqualTo("participation.eligibility.needsCode"));
		var redeemed = codes.redeem(OWN, codes.generate(OWN, "เวทีประชาคมทดสอบความคิด", 1).codes().get(0));
		participants.bindCode(OWN, redeemed.codeId(), browser);
		assertThat(keys.of(browser)).isEqualTo("code:" + redeemed.codeId());

		MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/api/v1/public/TH-80/ideas/5/support");
		elsewhere.setSession(browser.getSession());
		assertThat(keys.of(elsewhere)).as("a code of TH-91 does not open TH-80, which takes anyone")
			.startsWith("session:");
	}

	@Test
	void guessingCodesIsRateLimitedPerAddress() throws Exception {
		int limit = guard.maxAttempts(CodeEntryController.FORM);
		for (int i = 0; i < limit; i++) {
			mvc.perform(enter("TH-91", "23456-789A" + "BCDEFGHJKL".charAt(i % 10), "10.91.9.9"))
				.andExpect(status().isUnprocessableEntity());
		}
		mvc.perform(enter("TH-91", "23456-789AB", "10.91.9.9")).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("มีการกรอกรหัสจากเครือข่ายนี้มากเกินไป")));
		mvc.perform(enter("TH-91", "23456-789AB", "10.91.9.10")).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void anAccountProcessTakesOnlyTheProvincesAccounts() throws Exception {
		setRule("ACCOUNT");
		String survey = "/survey/" + fx.survey.publicKey();
		mvc.perform(get(survey)).andExpect(content().string(containsString("id=\"sign-in-link\"")));
		mvc.perform(answer(survey, "10.91.1.1", null)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ลงชื่อเข้าใช้บัญชีของจังหวัดเท่านั้น")));
		Cookie outsider = signedIn("codes-member-80", Role.WORKING_GROUP, OTHER);
		mvc.perform(answer(survey, "10.91.1.2", outsider)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ไม่ใช่บัญชีของจังหวัดนี้")));
		Cookie member = signedIn("codes-member-91", Role.WORKING_GROUP, OWN);
		mvc.perform(answer(survey, "10.91.1.3", member)).andExpect(redirectedUrl(survey + "/thanks"));
	}

	@Test
	void onlyPlannersOfTheProvinceMakeCodesOrChangeTheRule() throws Exception {
		Cookie member = signedIn("codes-member-91", Role.WORKING_GROUP, OWN);
		mvc.perform(post("/p/TH-91/participation/process/codes").cookie(member).with(csrf()).param("label", "x")
			.param("count", "2")).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-91/participation/process/rule").cookie(member).with(csrf()).param("rule", "CODE")
			.param("ruleVersion", "0")).andExpect(status().isForbidden());
		Cookie otherCoordinator = signedIn("codes-coordinator-80", Role.COORDINATOR, OTHER);
		mvc.perform(post("/p/TH-91/participation/process/codes").cookie(otherCoordinator).with(csrf())
			.param("label", "x").param("count", "2")).andExpect(status().is4xxClientError());
		assertThat(eligibility.rule(OWN).rule().name()).isEqualTo("ANYONE");
	}

	private void setRule(String rule) throws Exception {
		mvc.perform(post("/p/TH-91/participation/process/rule").cookie(coordinator).with(csrf()).param("rule", rule)
			.param("ruleVersion", String.valueOf(eligibility.rule(OWN).version())))
			.andExpect(redirectedUrl("/p/TH-91/participation/process#participants"));
	}

	/** Makes a batch through the page and reads its codes back from the PDF sheet (rendered to PNG too). */
	private List<String> sheet(String label, int count) throws Exception {
		MvcResult result = mvc.perform(post("/p/TH-91/participation/process/codes").cookie(coordinator).with(csrf())
			.param("label", label).param("count", String.valueOf(count)).param("format", "pdf"))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		Path dir = Path.of("target", "code-sheet");
		Files.createDirectories(dir);
		Files.write(dir.resolve("code-sheet-" + count + ".pdf"), pdf);
		PdfTestEngine.pngs(pdf, dir, "code-sheet-" + count, 1, 1);
		Set<String> codes = new LinkedHashSet<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			// the address and each code whole on one line; Thai compared without the extraction's line breaks
			assertThat(text).contains("http://localhost:8080/public/TH-91/enter");
			assertThat(PdfTestEngine.compact(text)).contains(PdfTestEngine.compact("จังหวัดสตูล · " + label));
			for (String line : text.split("\\R")) {
				Matcher m = CODE.matcher(line);
				while (m.find()) {
					codes.add(m.group());
				}
			}
		}
		return new ArrayList<>(codes);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder enter(String province,
			String code, String address) {
		return post("/public/" + province + "/enter").param("participationCode", code).param("website", "")
			.param("stamp", guard.formStamp(CodeEntryController.FORM, Instant.now().minusSeconds(20)))
			.with(csrf()).with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer(String survey,
			String address, Cookie session) {
		var post = post(survey).param("stamp", guard.formStamp("survey-form", Instant.now().minusSeconds(20)))
			.param("submissionKey", UUID.randomUUID().toString()).param("website", "").param(fx.q(0), "1")
			.with(csrf()).with(from(address));
		return session == null ? post : post.cookie(session);
	}
}
