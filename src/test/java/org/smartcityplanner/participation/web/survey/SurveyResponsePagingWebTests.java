package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.survey.ResponseView;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A survey's responses in pages: the API's counted responses with page, size and totals (for the team only, as the
 * exports), and the paper check list with page links that work without JavaScript. Works in TH-83 (Phang Nga) with
 * surveys of its own.
 */
class SurveyResponsePagingWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-83");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;

	@Test
	void theApiGivesTheCountedResponsesPageByPageWithTotals() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "แบ่งหน้าคำตอบ " + UUID.randomUUID(), false);
		for (int i = 0; i < 5; i++) {
			surveys.submitOnline(fx.survey.publicKey(), UUID.randomUUID().toString(),
					new AnswerSheet.Raw(Map.of(fx.q(0), List.of(String.valueOf(1 + i % 3)), "sector", List.of("ACADEMIA"))));
		}
		List<ResponseView> whole = surveys.responses(PROVINCE, fx.survey.id(), Locale.forLanguageTag("th"));
		assertThat(whole).hasSize(5);
		Cookie coordinator = signedIn("survey.coordinator83", Role.COORDINATOR, PROVINCE);
		String api = "/api/v1/provinces/TH-83/participation/surveys/" + fx.survey.id() + "/responses";

		mvc.perform(get(api).param("page", "2").param("size", "2").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(5)).andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(whole.get(2).id()))
			.andExpect(jsonPath("$.items[0].answers[0]").value(whole.get(2).answers().get(0)));
		mvc.perform(get(api).param("page", "3").param("size", "2").cookie(coordinator))
			.andExpect(jsonPath("$.items.length()").value(1));
		mvc.perform(get(api).param("size", "501").cookie(coordinator)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("size")));
		mvc.perform(get(api).cookie(signedIn("survey.member83", Role.WORKING_GROUP, PROVINCE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePaperCheckListComesInPagesWithLinksThatWorkWithoutJavaScript() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "ตรวจกระดาษ " + UUID.randomUUID(), true);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i <= Paging.DEFAULT_SIZE; i++) {
			keys.add(UUID.randomUUID().toString());
			surveys.submitPaper(PROVINCE, fx.survey.id(), keys.get(i),
					new AnswerSheet.Raw(Map.of(fx.q(0), List.of("2"), fx.q(6), List.of("แผ่นที่ " + i))));
		}
		Cookie coordinator = signedIn("survey.coordinator83", Role.COORDINATOR, PROVINCE);
		String check = "/p/TH-83/participation/surveys/" + fx.survey.id() + "/paper/check";

		Document first = Jsoup.parse(mvc.perform(get(check).cookie(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(first.select("section.card")).hasSize(Paging.DEFAULT_SIZE);
		assertThat(first.select("#pager-next").attr("href")).isEqualTo(check + "?page=2");
		assertThat(first.select("#pager-summary").text()).contains(String.valueOf(Paging.DEFAULT_SIZE + 1));
		Document second = Jsoup.parse(mvc.perform(get(check + "?page=2").cookie(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(second.select("section.card")).hasSize(1);
		assertThat(second.text()).contains("แผ่นที่ " + Paging.DEFAULT_SIZE);
	}
}
