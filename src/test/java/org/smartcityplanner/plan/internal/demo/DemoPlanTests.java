package org.smartcityplanner.plan.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanRules;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.plan.model.readiness.AreaInfo;
import org.smartcityplanner.plan.model.readiness.CheckResult;
import org.smartcityplanner.plan.model.readiness.CheckStatus;
import org.smartcityplanner.plan.model.readiness.ReadinessCheck;
import org.smartcityplanner.plan.model.readiness.ParticipationFacts;
import org.smartcityplanner.plan.model.readiness.ReadinessContext;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The demo plan's content, without a database: it is a valid document, complete where it claims to be, and
 * imperfect only where it means to be.
 */
class DemoPlanTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");
	private static final long OLD_TOWN = 11;
	private static final long LOGISTICS = 12;

	private final PlanDocument plan = DemoPlan.build(PROVINCE, OLD_TOWN, LOGISTICS);

	@Test
	void passesTheDocumentRules() {
		assertThatCode(() -> PlanRules.checkDocument(plan)).doesNotThrowAnyException();
		assertThat(plan.provinceCode()).isEqualTo(PROVINCE.value());
	}

	@Test
	void coversEveryDimensionWithEnoughProjectsAndKpis() {
		Map<String, Long> goalsPerDimension = plan.goals().stream()
			.collect(Collectors.groupingBy(Goal::dimension, Collectors.counting()));
		assertThat(goalsPerDimension.keySet()).isEqualTo(PlanRules.DIMENSIONS);
		assertThat(goalsPerDimension.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 2L));
		assertThat(goalsPerDimension.get("ENE")).as("Smart Energy keeps a single goal on purpose").isEqualTo(1);
		assertThat(plan.goals()).allSatisfy(goal -> assertThat(goal.strategies()).hasSizeBetween(1, 3));
		assertThat(plan.projects().count()).isGreaterThanOrEqualTo(28);
		assertThat(plan.kpis()).hasSizeGreaterThanOrEqualTo(45);
		assertThat(plan.missions()).hasSizeBetween(4, 5);
		assertThat(plan.goals()).allSatisfy(goal -> assertThat(plan.kpisOf(goal.id())).as(goal.title()).isNotEmpty());
	}

	@Test
	void everyProjectIsWrittenOutAndBudgetedWithinItsYears() {
		assertThat(plan.projects().toList()).allSatisfy(project -> {
			assertThat(List.of(project.rationale(), project.objectives(), project.leadAgency(), project.outputs(),
					project.outcomes())).as(project.name()).allSatisfy(text -> assertThat(text).isNotBlank());
			assertThat(project.targetAreaIds()).as(project.name()).isNotEmpty().isSubsetOf(OLD_TOWN, LOGISTICS);
			assertThat(plan.kpisOf(project.id())).as(project.name()).isNotEmpty();
			assertThat(project.budget().keySet()).as(project.name()).isNotEmpty()
				.allSatisfy(year -> assertThat(year).isBetween(project.startYear(), project.endYear()));
			assertThat(project.budget().size()).as(project.name())
				.isEqualTo(project.endYear().buddhistYear() - project.startYear().buddhistYear() + 1);
			assertThat(project.budget().values()).as(project.name()).allSatisfy(amount -> assertThat(amount)
				.matches(baht -> baht.equals(Baht.ZERO)
						|| baht.compareTo(Baht.of(500_000)) >= 0 && baht.compareTo(Baht.of(60_000_000)) <= 0));
			if (project.estimatedTotal() != null) {
				assertThat(project.estimatedTotal()).as(project.name()).isEqualTo(project.budgetTotal());
			}
		});
		long stated = plan.projects().filter(project -> project.estimatedTotal() != null).count();
		assertThat(stated).isGreaterThan(plan.projects().count() / 2);
	}

	@Test
	void kpisUseTheIndicatorLibraryFaithfullyAndMoveTheRightWay() throws IOException {
		Map<String, List<String>> indicators = new HashMap<>();
		for (List<String> row : csv("reference/indicators.csv")) {
			indicators.put(row.get(0), row);
		}
		Map<String, String> dimensionOfOwner = new HashMap<>();
		for (Goal goal : plan.goals()) {
			dimensionOfOwner.put(goal.id().value(), goal.dimension());
			goal.strategies().stream().flatMap(strategy -> strategy.projects().stream())
				.forEach(project -> dimensionOfOwner.put(project.id().value(), goal.dimension()));
		}
		assertThat(plan.kpis()).allSatisfy(kpi -> {
			assertThat(kpi.baseline()).as(kpi.name()).isNotNull();
			assertThat(kpi.baseline().year().buddhistYear()).as(kpi.name()).isIn(2567, 2568);
			assertThat(kpi.baseline().source()).as(kpi.name()).isNotBlank();
			assertThat(kpi.unit()).as(kpi.name()).isNotBlank();
			List<BigDecimal> values = new ArrayList<>();
			values.add(kpi.baseline().value());
			values.addAll(kpi.targets().values());
			String direction = monotonicDirection(values);
			assertThat(direction).as("%s moves one way", kpi.name()).isNotNull();
			if (kpi.indicatorCode() != null) {
				List<String> indicator = indicators.get(kpi.indicatorCode());
				assertThat(indicator).as(kpi.indicatorCode()).isNotNull();
				assertThat(indicator.get(2)).as(kpi.indicatorCode()).isEqualTo(dimensionOfOwner.get(kpi.ownerId().value()));
				assertThat(kpi.name()).as(kpi.indicatorCode()).isEqualTo(indicator.get(3));
				assertThat(kpi.unit()).as(kpi.indicatorCode()).isEqualTo(indicator.get(5));
				if (!direction.equals("FLAT") && Set.of("UP", "DOWN").contains(indicator.get(7))) {
					assertThat(direction).as(kpi.name()).isEqualTo(indicator.get(7));
				}
			}
		});
		assertThat(plan.kpis().stream().filter(kpi -> kpi.indicatorCode() != null).count())
			.isGreaterThan(plan.kpis().size() / 2);
	}

	@Test
	void alignsWithExistingNationalCodesLeavingOneStrategyAndSomeMasterPlansUntouched() throws IOException {
		Set<String> known = new HashSet<>();
		for (String file : List.of("national-strategies", "national-master-plans", "nesdp-milestones", "sdgs",
				"thailand-4-0")) {
			csv("reference/" + file + ".csv").forEach(row -> known.add(row.get(0)));
		}
		List<Alignment> alignments = Stream.concat(
				Stream.concat(plan.goals().stream().map(Goal::alignment), plan.strategies().map(Strategy::alignment)),
				plan.projects().map(Project::alignment)).toList();
		Set<String> used = alignments.stream().flatMap(DemoPlanTests::codes).collect(Collectors.toSet());
		assertThat(known).containsAll(used);

		assertThat(plan.goals()).allSatisfy(goal -> assertThat(goal.alignment().touchesNationalPolicy()).isTrue());
		assertThat(plan.strategies().filter(strategy -> strategy.alignment().isEmpty()).count()).isEqualTo(1);
		long unaligned = plan.projects().filter(project -> project.alignment().isEmpty()).count();
		assertThat(unaligned).isBetween(1L, plan.projects().count() / 5);
		Set<String> masterPlans = known.stream().filter(code -> code.startsWith("MP")).collect(Collectors.toSet());
		masterPlans.removeAll(used);
		assertThat(masterPlans).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void readinessFindsOnlyTheDeliberateGaps() {
		ReadinessContext context = ReadinessContext.withDefaults(Map.of(OLD_TOWN,
				new AreaInfo("ย่านเมืองเก่าริมแม่น้ำน่าน", true, true, true), LOGISTICS,
				new AreaInfo("เขตเศรษฐกิจและโลจิสติกส์สี่แยกอินโดจีน", true, true, true)),
				new ParticipationFacts(25, List.of(), 2, 150));
		ReadinessReport report = ReadinessCheck.standard().run(plan, context);
		Map<String, CheckResult> byPolicy = report.results().stream()
			.collect(Collectors.toMap(CheckResult::policyCode, result -> result));

		assertThat(byPolicy.get("KPI").status()).isEqualTo(CheckStatus.FAIL);
		assertThat(byPolicy.get("KPI").findings()).singleElement().satisfies(finding -> {
			assertThat(finding.messageKey()).isEqualTo("readiness.kpi.missingTarget");
			// the KPI of a project running 2571–2573 lacks 2573; it is not asked for 2574, when the project is over
			assertThat(finding.args()).contains("2573");
		});
		assertThat(byPolicy.get("BUDGET").messageKeys()).containsExactly("readiness.budget.zeroAmount");
		for (String passing : List.of("C1", "C2", "C3", "C4", "C5", "PROJECT", "DIMENSIONS")) {
			assertThat(byPolicy.get(passing).status()).as(passing).isEqualTo(CheckStatus.PASS);
		}
		assertThat(report.score()).isBetween(50, 95);
	}

	@Test
	void everyBuildHasFreshIds() {
		PlanDocument other = DemoPlan.build(PROVINCE, OLD_TOWN, LOGISTICS);
		assertThat(other.goals().get(0).id()).isNotEqualTo(plan.goals().get(0).id());
		assertThat(other.kpis()).hasSameSizeAs(plan.kpis());
		assertThat(other.period().years()).containsExactly(new FiscalYear(2570), new FiscalYear(2571),
				new FiscalYear(2572), new FiscalYear(2573), new FiscalYear(2574));
	}

	private static Stream<String> codes(Alignment alignment) {
		return Stream.of(alignment.nationalStrategies(), alignment.masterPlans(), alignment.milestones(),
				alignment.sdgs(), alignment.thailand40()).flatMap(Set::stream);
	}

	/** UP, DOWN or FLAT when the values never move against one direction; {@code null} when they zigzag. */
	private static String monotonicDirection(List<BigDecimal> values) {
		boolean rises = false;
		boolean falls = false;
		for (int i = 1; i < values.size(); i++) {
			int step = values.get(i).compareTo(values.get(i - 1));
			rises |= step > 0;
			falls |= step < 0;
		}
		return rises && falls ? null : rises ? "UP" : falls ? "DOWN" : "FLAT";
	}

	/** Data rows of a reference CSV: comments and the header skipped, quoted fields unquoted. */
	private static List<List<String>> csv(String resource) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = DemoPlanTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(fields(line));
			}
		}
		return rows;
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
