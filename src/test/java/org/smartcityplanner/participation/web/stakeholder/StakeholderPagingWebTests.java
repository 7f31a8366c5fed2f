package org.smartcityplanner.participation.web.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stakeholder registry in pages: a page of {@link Paging#DEFAULT_SIZE}, page links that work without JavaScript,
 * and the API's page, size and totals (contact details still only for the team). Works in TH-84 (Surat Thani);
 * expectations come from the whole registry, so other tests' stakeholders there change nothing.
 */
class StakeholderPagingWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-84");

	@Autowired
	StakeholderApi registry;

	@Test
	void theRegistryComesInPagesOnThePageAndInTheApi() throws Exception {
		for (int i = registry.stakeholders(PROVINCE).size(); i <= Paging.DEFAULT_SIZE; i++) {
			registry.register(PROVINCE, new StakeholderDraft(String.format("ผู้มีส่วนได้เสีย %03d", i), "ชุมชนทดสอบ",
					"COMMUNITY_LEADER", "CIVIL_SOCIETY", "ทางเท้า", "08155506" + String.format("%02d", i % 100), "",
					true, "24"));
		}
		List<Stakeholder> whole = registry.stakeholders(PROVINCE);
		Cookie coordinator = signedIn("coord84", Role.COORDINATOR, PROVINCE);
		String list = "/p/TH-84/participation/stakeholders";

		Document first = Jsoup.parse(mvc.perform(get(list).cookie(coordinator)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(first.select("table tbody tr")).hasSize(Paging.DEFAULT_SIZE);
		assertThat(first.select("#pager-next").attr("href")).isEqualTo(list + "?page=2");
		Document second = Jsoup.parse(mvc.perform(get(list + "?page=2").cookie(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(second.select("table tbody tr")).hasSize(whole.size() - Paging.DEFAULT_SIZE);
		assertThat(second.select("table tbody tr th").first().text()).contains(whole.get(Paging.DEFAULT_SIZE).name());
		assertThat(second.select("#pager-previous").attr("href")).isEqualTo(list + "?page=1");

		String api = "/api/v1/provinces/TH-84/participation/stakeholders";
		mvc.perform(get(api).param("page", "3").param("size", "10").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(whole.size()))
			.andExpect(jsonPath("$.totalPages").value((whole.size() + 9) / 10))
			.andExpect(jsonPath("$.items.length()").value(10))
			.andExpect(jsonPath("$.items[0].id").value(whole.get(20).id()))
			.andExpect(jsonPath("$.items[0].phone").isString());
		Cookie member = signedIn("member84", Role.WORKING_GROUP, PROVINCE);
		mvc.perform(get(api).cookie(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(Paging.DEFAULT_SIZE))
			.andExpect(jsonPath("$.items[0].phone").doesNotExist());
		mvc.perform(get(api).param("size", "100000").cookie(coordinator)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("size")));
	}
}
