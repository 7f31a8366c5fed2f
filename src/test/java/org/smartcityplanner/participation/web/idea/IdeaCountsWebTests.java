package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas counted once: the statistics service's counts equal a count of the ideas' own rows done here by hand,
 * and the public portal, its API, the staff landing page's card and the process page's tool figures all show those
 * same numbers. A hidden idea counts only as hidden, never on the public side (rolled back after the test).
 */
@Transactional
class IdeaCountsWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-22");
	static final String HIDDEN_TITLE = "ข้อความโฆษณาที่ผู้ดูแลซ่อน";

	@Autowired
	IdeaApi ideas;
	@Autowired
	ParticipationApi statistics;
	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PlanItemCatalogue catalogue;
	@Autowired
	PlanUseCases plans;

	@Test
	void portalItsApiTheLandingCardAndTheToolFiguresShowTheStatisticsServicesCounts() throws Exception {
		IdeaFixtures.openIdeaPhase(process, PROVINCE);
		long area = profile.addArea(PROVINCE, new LocalizedText("ย่านทดสอบนับข้อเสนอ", "Counting test quarter"),
				AreaType.OLD_TOWN, 1000, null).id();
		PlanItemChoice item = IdeaFixtures.planItem(catalogue, plans, PROVINCE);
		IdeaView accepted = IdeaFixtures.propose(ideas, PROVINCE, "จอแสดงค่าฝุ่นริมน้ำ", "ENV", area, false).idea();
		IdeaProposal declined = IdeaFixtures.propose(ideas, PROVINCE, "รถไฟฟ้าใต้ดิน", "MOB", null, false);
		IdeaView paperPending = IdeaFixtures.propose(ideas, PROVINCE, "ทางม้าลายหน้าโรงเรียน", "MOB", area, true).idea();
		IdeaView hidden = IdeaFixtures.propose(ideas, PROVINCE, HIDDEN_TITLE, "GOV", area, false).idea();
		IdeaFixtures.propose(ideas, PROVINCE, "ต้นไม้กันฝุ่นริมถนน", "ENV", null, true);
		IdeaFixtures.propose(ideas, PROVINCE, "ถังขยะแยกประเภท", "ENV", area, false);
		ideas.accept(PROVINCE, accepted.id(), accepted.version(), item.ref(), item.title());
		ideas.decline(PROVINCE, declined.idea().id(), declined.idea().version(), "งบประมาณไม่คุ้มค่า");
		ideas.rate(PROVINCE, declined.authorSecret(), 4, null);
		ideas.hide(PROVINCE, hidden.id(), hidden.version(), "เป็นโฆษณา");
		IdeaFixtures.support(jdbc, accepted.id(), 3);
		IdeaFixtures.support(jdbc, paperPending.id(), 1);
		IdeaFixtures.support(jdbc, hidden.id(), 2);

		IdeaCounts counts = statistics.ideaCounts(PROVINCE);
		assertThat(counts).isEqualTo(countedByHand(area));
		assertThat(counts.total()).isEqualTo(5);
		assertThat(counts.hidden()).isEqualTo(1);
		assertThat(counts.online()).isEqualTo(new IdeaCounts.Tally(1, 1, 1, 3));
		assertThat(counts.paper()).isEqualTo(new IdeaCounts.Tally(2, 0, 0, 1));
		assertThat(counts.byDimension()).containsEntry("ENV", 3L).containsEntry("MOB", 2L).containsEntry("GOV", 0L);
		assertThat(counts.byArea()).containsEntry(area, 3L);
		assertThat(counts.withoutArea()).isEqualTo(2);
		assertThat(counts.meanRating()).isEqualByComparingTo("4.0");

		// the public portal and its API
		Document portal = Jsoup.parse(mvc.perform(get("/public/TH-22")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(HIDDEN_TITLE)))).andReturn().getResponse()
			.getContentAsString());
		assertThat(portal.getElementById("ideas-total").text()).isEqualTo("ประชาชนเสนอแนวคิดแล้ว " + counts.total()
				+ " เรื่อง (ออนไลน์ " + counts.online().total() + " เรื่อง จากแบบกระดาษ " + counts.paper().total()
				+ " เรื่อง) ได้รับการสนับสนุนรวม " + counts.all().supports() + " ครั้ง");
		assertThat(rows(portal, "ideas-by-outcome")).containsExactly(Map.entry("บรรจุในแผนแล้ว", "1"),
				Map.entry("ไม่รับ พร้อมแจ้งเหตุผล", "1"), Map.entry("อยู่ระหว่างพิจารณา", "3"));
		assertThat(rows(portal, "ideas-by-dimension")).containsEntry("สิ่งแวดล้อมอัจฉริยะ", "3")
			.containsEntry("การเดินทางและขนส่งอัจฉริยะ", "2").containsEntry("การบริหารภาครัฐอัจฉริยะ", "0").hasSize(7);
		assertThat(rows(portal, "ideas-by-area")).containsEntry("ย่านทดสอบนับข้อเสนอ", "3")
			.containsEntry("ทั้งจังหวัด", "2");
		mvc.perform(get("/api/v1/public/TH-22")).andExpect(status().isOk())
			.andExpect(jsonPath("$.ideas.total").value(counts.total()))
			.andExpect(jsonPath("$.ideas.online").value(counts.online().total()))
			.andExpect(jsonPath("$.ideas.paper").value(counts.paper().total()))
			.andExpect(jsonPath("$.ideas.accepted").value(1))
			.andExpect(jsonPath("$.ideas.declined").value(1))
			.andExpect(jsonPath("$.ideas.underConsideration").value(3))
			.andExpect(jsonPath("$.ideas.supports").value(4))
			.andExpect(jsonPath("$.ideas.byDimension[0].label").value("สิ่งแวดล้อมอัจฉริยะ"))
			.andExpect(jsonPath("$.ideas.byDimension[0].count").value(3))
			.andExpect(content().string(not(containsString(HIDDEN_TITLE))));

		// the staff landing page's card and the process page's tool figures
		Cookie coordinator = signedIn("ideacounts.coordinator", Role.COORDINATOR, PROVINCE);
		Document landing = Jsoup.parse(mvc.perform(get("/p/TH-22/participation").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		Map<String, String> card = new LinkedHashMap<>();
		landing.select("a[href=/p/TH-22/participation/ideas]").first().closest(".card").select("dt")
			.forEach(dt -> card.put(dt.text(), dt.nextElementSibling().text()));
		assertThat(card).containsExactly(Map.entry("ข้อเสนอที่เผยแพร่", "5"), Map.entry("รอพิจารณา", "3"),
				Map.entry("บรรจุในแผนแล้ว", "1"), Map.entry("ไม่รับ พร้อมแจ้งเหตุผล", "1"), Map.entry("การสนับสนุน", "4"),
				Map.entry("ซ่อนโดยผู้ดูแล", "1"));
		ParticipationTool tool = process.tools().stream().filter(t -> t.key().equals(IdeaApi.TOOL)).findFirst()
			.orElseThrow();
		assertThat(tool.statistics(PROVINCE)).extracting(ParticipationTool.Statistic::value)
			.containsExactly(6L, 3L, 1L, 1L, 1L, 2L);
	}

	/** The second method: every idea row of the province read and counted here, one by one. */
	private IdeaCounts countedByHand(long area) {
		List<Map<String, Object>> rows = jdbc.sql("select i.channel, i.status, i.dimension_code, i.area_id,"
				+ " i.author_rating, (select count(*) from par_idea_support s where s.idea_id = i.id) as supports"
				+ " from par_idea i where i.province_code = 'TH-22'").query().listOfRows();
		long[][] tally = new long[2][4];
		long hidden = 0;
		long withoutArea = 0;
		long ratings = 0;
		long ratingTotal = 0;
		Map<String, Long> byDimension = new LinkedHashMap<>();
		for (String code : List.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV")) {
			byDimension.put(code, 0L);
		}
		Map<Long, Long> byArea = new LinkedHashMap<>();
		profile.areasOf(PROVINCE).forEach(a -> byArea.put(a.id(), 0L));
		for (Map<String, Object> row : rows) {
			String status = (String) row.get("status");
			if (status.equals("HIDDEN")) {
				hidden++;
				continue;
			}
			long[] channel = tally[row.get("channel").equals("ONLINE") ? 0 : 1];
			channel[List.of("PUBLISHED", "ACCEPTED", "DECLINED").indexOf(status)]++;
			channel[3] += ((Number) row.get("supports")).longValue();
			byDimension.merge((String) row.get("dimension_code"), 1L, Long::sum);
			Object areaId = row.get("area_id");
			if (areaId == null) {
				withoutArea++;
			}
			else {
				byArea.merge(((Number) areaId).longValue(), 1L, Long::sum);
			}
			if (row.get("author_rating") != null) {
				ratings++;
				ratingTotal += ((Number) row.get("author_rating")).longValue();
			}
		}
		return new IdeaCounts(new IdeaCounts.Tally(tally[0][0], tally[0][1], tally[0][2], tally[0][3]),
				new IdeaCounts.Tally(tally[1][0], tally[1][1], tally[1][2], tally[1][3]), hidden, byDimension, byArea,
				withoutArea, ratings, ratingTotal);
	}

	private static Map<String, String> rows(Document page, String tableId) {
		Map<String, String> rows = new LinkedHashMap<>();
		page.getElementById(tableId).select("tbody tr")
			.forEach(tr -> rows.put(tr.selectFirst("th").text(), tr.selectFirst("td").text()));
		return rows;
	}
}
