package org.smartcityplanner.participation.web.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The REST API of who may take part and of participation code batches (TH-91; TH-80 is another province's
 * coordinator): versioned rule, problem+json naming the field, a batch's codes in the answer that made it and never
 * in the list. The rule is set back to anyone after.
 */
class ParticipationCodesApiWebTests extends WebTestSupport {

	static final ProvinceCode OWN = ParticipationCodesWebTests.OWN;
	static final ProvinceCode OTHER = ParticipationCodesWebTests.OTHER;
	static final java.util.regex.Pattern CODE = ParticipationCodesWebTests.CODE;

	@Autowired
	Eligibility eligibility;
	@Autowired
	ParticipationCodeService codes;

	Cookie coordinator;

	@BeforeEach
	void signIn() throws Exception {
		coordinator = signedIn("codes-coordinator-91", Role.COORDINATOR, OWN);
	}

	@AfterEach
	void anyoneAgain() {
		eligibility.save(OWN, "ANYONE", eligibility.rule(OWN).version());
	}

	@Test
	void theApiSetsTheRuleAndShowsABatchsCodesOnlyWhenMade() throws Exception {
		String api = "/api/v1/provinces/TH-91/participation/";
		int version = eligibility.rule(OWN).version();
		mvc.perform(get(api + "rule").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("ANYONE")).andExpect(jsonPath("$.version").value(version));
		mvc.perform(put(api + "rule").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rule\":\"CODE\",\"version\":" + version + "}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("CODE"));
		mvc.perform(put(api + "rule").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rule\":\"ACCOUNT\",\"version\":" + version + "}")).andExpect(status().isConflict());
		mvc.perform(put(api + "rule").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rule\":\"<b>x</b>\",\"version\":" + (version + 1) + "}")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("rule"));

		String made = mvc.perform(post(api + "code-batches").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"เวทีประชาคม API\",\"count\":4}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.codes.length()").value(4))
			.andExpect(jsonPath("$.batch.unused").value(4))
			.andExpect(jsonPath("$.enterAddress").value("http://localhost:8080/public/TH-91/enter"))
			.andReturn().getResponse().getContentAsString();
		Matcher first = CODE.matcher(made);
		assertThat(first.find()).isTrue();
		assertThat(codes.redeem(OWN, first.group()).outcome()).isEqualTo(ParticipationCodeService.Outcome.REDEEMED);
		String listed = mvc.perform(get(api + "code-batches").cookie(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(listed).contains("เวทีประชาคม API").doesNotContain(first.group());
		assertThat(CODE.matcher(listed).find()).as("never the codes again").isFalse();
		mvc.perform(post(api + "code-batches").cookie(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\":\"\",\"count\":100000}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("label")).andExpect(jsonPath("$.errors[1].field").value("count"));
		Cookie otherCoordinator = signedIn("codes-coordinator-80", Role.COORDINATOR, OTHER);
		mvc.perform(get(api + "code-batches").cookie(otherCoordinator)).andExpect(status().is4xxClientError());
	}

}
