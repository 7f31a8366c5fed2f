package org.smartcityplanner.participation.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo province's forty ideas, seeded through the ideas' own rules (rolled back after the test): every smart
 * dimension, both target areas and the whole province, both channels, supports and comments, hidden ideas with a
 * reason, declined ones with a reason (some rated by their authors) and accepted ones linked to the demo plan's
 * own projects.
 */
@DatabaseTest
@Transactional
class IdeaDemoSeedTests {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	ParticipationApi statistics;
	@Autowired
	ProcessApi process;
	@Autowired
	PlanItemCatalogue plan;
	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsFortyIdeasAcrossDimensionsAreasChannelsAndOutcomesLinkedToTheDemoPlan() {
		// what the demo module does at start: every seed in order, each only when its part is missing
		seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).filter(s -> !s.isSeeded(DEMO))
			.forEach(s -> s.seed(DEMO));
		assertThat(process.isOpen(DEMO, "ideas")).isTrue();
		assertThat(seeds).filteredOn(s -> s instanceof IdeaDemoSeed).allSatisfy(s -> assertThat(s.isSeeded(DEMO)).isTrue());

		IdeaCounts counts = statistics.ideaCounts(DEMO);
		assertThat(counts.total() + counts.hidden()).isEqualTo(DemoIdeas.ALL.size()).isEqualTo(40);
		assertThat(counts.hidden()).isEqualTo(3);
		assertThat(counts.all().accepted()).isEqualTo(11);
		assertThat(counts.all().declined()).isEqualTo(6);
		assertThat(counts.paper().total()).isEqualTo(11);
		assertThat(counts.byDimension().values()).hasSize(7).allSatisfy(n -> assertThat(n).isPositive());
		assertThat(counts.byArea().values()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
		assertThat(counts.withoutArea()).isPositive();
		assertThat(counts.all().supports()).isEqualTo(DemoIdeas.ALL.stream()
			.filter(idea -> !(idea.fate() instanceof DemoIdeas.Hidden)).mapToLong(DemoIdeas.Idea::supports).sum());
		assertThat(counts.ratings()).isEqualTo(DemoIdeas.ALL.stream().filter(IdeaDemoSeedTests::rated).count())
			.isPositive();
		long comments = jdbc.sql("select count(*) from par_idea_comment where province_code = 'TH-65'")
			.query(Long.class).single();
		assertThat(comments).isEqualTo(DemoIdeas.ALL.stream().mapToLong(idea -> idea.comments().size()).sum());

		// every accepted idea names a project of the demo plan by its reference and current title
		Map<String, String> titles = new java.util.HashMap<>();
		plan.items(DEMO).forEach(item -> titles.put(item.ref().id(), item.title()));
		List<Map<String, Object>> accepted = jdbc.sql("select accepted_type, accepted_id, accepted_title from par_idea"
				+ " where province_code = 'TH-65' and status = 'ACCEPTED'").query().listOfRows();
		assertThat(accepted).hasSize(11).allSatisfy(row -> {
			assertThat(row.get("accepted_type")).isEqualTo(PlanItemChoice.TYPE);
			assertThat(titles.get((String) row.get("accepted_id"))).isEqualTo(row.get("accepted_title"));
		});
		assertThat(jdbc.sql("select count(*) from par_idea where province_code = 'TH-65' and ((status = 'DECLINED'"
				+ " and decline_reason is null) or (status = 'HIDDEN' and hidden_reason is null))").query(Long.class)
			.single()).isZero();
		// spread over the idea phase, each answer after its idea and before now
		List<Map<String, Object>> dates = jdbc.sql("select created_at, decided_at from par_idea"
				+ " where province_code = 'TH-65'").query().listOfRows();
		assertThat(dates.stream().map(row -> instant(row.get("created_at"))).distinct().count()).isGreaterThan(20);
		assertThat(dates).filteredOn(row -> row.get("decided_at") != null).allSatisfy(row -> assertThat(
				instant(row.get("decided_at"))).isAfter(instant(row.get("created_at"))).isBefore(Instant.now()));
		// no staff step shows a technical name in place of a person
		assertThat(jdbc.sql("select count(*) from par_idea_event e join par_idea i on i.id = e.idea_id"
				+ " where i.province_code = 'TH-65' and e.actor = 'system'").query(Long.class).single()).isZero();
	}

	private static boolean rated(DemoIdeas.Idea idea) {
		return idea.fate() instanceof DemoIdeas.Accepted a && a.rating() > 0
				|| idea.fate() instanceof DemoIdeas.Declined d && d.rating() > 0;
	}

	private static Instant instant(Object value) {
		return value instanceof java.sql.Timestamp t ? t.toInstant()
				: value instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(value.toString());
	}
}
