package org.smartcityplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanChecks;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so the shared PostgreSQL schema stays as it was.
@DatabaseTest
@Transactional
class DemoDataSeederTests {

	@Autowired
	IdentityApi identity;
	@Autowired
	EngagementApi engagements;
	@Autowired
	ProfileApi profile;
	@Autowired
	PlanApi plans;
	@Autowired
	PlanChecks checks;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	org.smartcityplanner.actionplan.ActionPlanApi actionPlans;
	@Autowired
	DemoTraining.Apis training;

	private DemoDataSeeder seeder() {
		return new DemoDataSeeder(identity, engagements, profile, plans, actionPlans, jdbc, training);
	}

	@Test
	void everyDemoProjectHasABudgetByCategoryThatAddsUpToThePlanEstimateAndTheEnvelopesAreTighterThanTheDemand() {
		seeder().run(null);
		var projects = actionPlans.projects(DemoData.PROVINCE);
		assertThat(projects).hasSizeGreaterThan(30).allSatisfy(project -> {
			assertThat(project.budget().sheet().total())
				.isEqualTo(project.planEstimate().values().stream().reduce(org.smartcityplanner.shared.Baht.ZERO,
						org.smartcityplanner.shared.Baht::plus));
			assertThat(project.budget().sheet().check()).isEmpty();
			assertThat(project.budget().settings().type()).isNotNull();
			assertThat(project.budget().scores()).hasSize(5);
		});
		assertThat(projects).filteredOn(project -> project.budget().settings().mandatory()).hasSize(1);
		assertThat(projects).filteredOn(project -> project.budget().settings().dependsOn() != null).hasSize(2);
		assertThat(projects).filteredOn(project -> !project.budget().settings().exclusiveGroup().isEmpty()).hasSize(2);
		long demand2571 = projects.stream().mapToLong(project -> project.costByYear()
			.getOrDefault(new org.smartcityplanner.shared.FiscalYear(2571), org.smartcityplanner.shared.Baht.ZERO).satang()).sum();
		long envelopes2571 = actionPlans.envelopes(DemoData.PROVINCE).values().stream()
			.mapToLong(years -> years.getOrDefault(2571, org.smartcityplanner.shared.Baht.ZERO).satang()).sum();
		assertThat(envelopes2571).isBetween(demand2571 / 2, demand2571 * 9 / 10);
		assertThat(actionPlans.minimums(DemoData.PROVINCE)).hasSize(2);
		var weights = actionPlans.weights(DemoData.PROVINCE);
		assertThat(weights.method()).isEqualTo("AHP");
		assertThat(weights.inconsistent()).as("CR %s", weights.consistencyRatio()).isFalse();
	}

	@Test
	void seedsOneProvinceOnceWithOneUserOfEachRole() {
		DemoDataSeeder seeder = seeder();
		seeder.run(null);
		long users = count("idn_user");
		seeder.run(null);

		assertThat(count("idn_user")).isEqualTo(users);
		assertThat(engagements.engagementsOf(DemoData.PROVINCE)).singleElement().satisfies(engagement -> {
			assertThat(engagement.durationDays()).isEqualTo(EngagementApi.STANDARD_DAYS);
			assertThat(engagement.team()).hasSizeBetween(4, 6);
			assertThat(engagement.team().get(0).lead()).isTrue();
		});
		assertThat(profile.areasOf(DemoData.PROVINCE)).hasSize(2);
		assertThat(profile.strategiesOf(DemoData.PROVINCE)).hasSize(5);
		assertThat(profile.contextOf(DemoData.PROVINCE).parts().digitalReadiness()).isNotBlank();
		assertThat(profile.swotOf(DemoData.PROVINCE, null).lists().threats()).isNotEmpty();
		assertThat(profile.baselinesOf(DemoData.PROVINCE)).hasSizeGreaterThanOrEqualTo(15)
			.anySatisfy(b -> assertThat(b.areaId()).isNotNull())
			.allSatisfy(b -> assertThat(b.source()).isNotBlank());
		for (Role role : Role.values()) {
			assertThat(identity.usersWithRole(role)).as(role.name()).isNotEmpty();
		}
	}

	@Test
	void seedsOneTrainingCohortOf65TraineesWithAttendanceTestsAndCertificates() {
		seeder().run(null);
		seeder().run(null);
		var cohorts = training.cohorts().cohortsOf(DemoData.PROVINCE);
		assertThat(cohorts).singleElement().satisfies(cohort -> {
			assertThat(cohort.traineeCount()).isEqualTo(65);
			assertThat(cohort.underMinimum()).isFalse();
			var report = training.assessment().report(DemoData.PROVINCE, cohort.id());
			assertThat(report.sessions()).hasSize(6);
			assertThat(report.sectorMix().values()).allSatisfy(count -> assertThat(count).isPositive());
			assertThat(report.trainees()).allSatisfy(line -> assertThat(line.pre()).isNotNull());
			assertThat(report.postAverage().getAsDouble()).isGreaterThan(report.preAverage().getAsDouble());
			assertThat(report.cohortGain().getAsDouble()).isBetween(0.2, 0.9);
			assertThat(report.certifiedCount()).isBetween(30L, 64L);
			assertThat(report.trainees()).filteredOn(line -> line.certificateCode() != null)
				.hasSize((int) report.certifiedCount());
			assertThat(report.satisfaction()).allSatisfy(s -> assertThat(s.responses()).isPositive());
		});
	}

	@Test
	void theDemoAreasHaveBoundariesOfPlausibleSizeAroundPhitsanulok() {
		seeder().run(null);
		var areas = profile.areasOf(DemoData.PROVINCE);
		assertThat(areas).allSatisfy(area -> {
			assertThat(area.hasBoundary()).isTrue();
			assertThat(area.leadDimensions()).hasSizeBetween(1, 3);
			assertThat(area.positioning()).isNotBlank();
			assertThat(profile.swotOf(DemoData.PROVINCE, area.id()).lists().isEmpty()).isFalse();
		});
		assertThat(areas).filteredOn(area -> area.type() == org.smartcityplanner.profile.AreaType.OLD_TOWN)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(6.5, 7.5));
		assertThat(areas).filteredOn(area -> area.type() == org.smartcityplanner.profile.AreaType.LOGISTICS)
			.singleElement().satisfies(area -> assertThat(area.areaSqKm().doubleValue()).isBetween(23.0, 27.0));
	}

	@Test
	void consultantsReachTheProvinceThroughTheirEngagementOnly() {
		seeder().run(null);
		UserSummary consultant = identity.usersWithRole(Role.CONSULTANT).stream()
			.filter(user -> user.username().equals("consultant")).findFirst().orElseThrow();
		assertThat(consultant.provinces()).isEmpty();
		CurrentUser asCurrent = new CurrentUser(consultant.id(), consultant.username(), consultant.displayName(),
				consultant.roles());
		assertThat(identity.accessibleProvinces(asCurrent)).containsExactly(DemoData.PROVINCE);
		assertThat(Arrays.stream(new String[] { "admin", "coordinator", "member", "trainee" }))
			.allSatisfy(name -> assertThat(count("idn_user where username = '" + name + "'")).isEqualTo(1));
	}

	@Test
	void seedsAFullDraftMasterPlanThatIsMeaningfulButNotPerfect() {
		seeder().run(null);
		PlanDocument plan = plans.plan(DemoData.PROVINCE).orElseThrow().document();

		assertThat(plan.period()).isEqualTo(DemoPlan.PERIOD);
		assertThat(plan.vision()).isNotBlank();
		assertThat(plan.missions()).hasSizeBetween(4, 5);
		assertThat(plan.goals().stream().map(Goal::dimension).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");
		List<Project> projects = plan.projects().toList();
		assertThat(projects).hasSizeGreaterThanOrEqualTo(28);
		assertThat(plan.kpis()).hasSizeGreaterThanOrEqualTo(45);
		assertThat(projects).allSatisfy(project -> {
			assertThat(plan.kpisOf(project.id())).as(project.name()).isNotEmpty();
			assertThat(project.budget()).as(project.name()).isNotEmpty();
		});
		assertThat(plan.goals()).allSatisfy(goal -> assertThat(plan.kpisOf(goal.id())).as(goal.title()).isNotEmpty());
		List<String> ids = new ArrayList<>();
		plan.goals().forEach(goal -> ids.add(goal.id().value()));
		plan.strategies().forEach(strategy -> ids.add(strategy.id().value()));
		projects.forEach(project -> ids.add(project.id().value()));
		plan.kpis().forEach(kpi -> ids.add(kpi.id().value()));
		assertThat(ids).doesNotHaveDuplicates();

		Set<Long> areaIds = profile.areasOf(DemoData.PROVINCE).stream().map(TargetAreaView::id)
			.collect(Collectors.toSet());
		assertThat(projects).allSatisfy(project -> assertThat(areaIds).containsAll(project.targetAreaIds()));

		ReadinessReport readiness = checks.readiness(DemoData.PROVINCE).orElseThrow();
		assertThat(readiness.score()).isBetween(50, 95);
		assertThat(readiness.isReady()).isFalse();
	}

	@Test
	void seedingTwiceLeavesOnePlanWithTheSameItems() {
		DemoDataSeeder seeder = seeder();
		seeder.run(null);
		Map<String, Long> before = planRowCounts();
		PlanDocument first = plans.plan(DemoData.PROVINCE).orElseThrow().document();
		seeder.run(null);

		assertThat(planRowCounts()).isEqualTo(before);
		assertThat(before.get("pln_plan")).isEqualTo(1);
		assertThat(plans.plan(DemoData.PROVINCE).orElseThrow().document()).isEqualTo(first);
	}

	private Map<String, Long> planRowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		counts.put("pln_plan", count("pln_plan where province_code = '" + DemoData.PROVINCE.value() + "'"));
		for (String table : new String[] { "pln_goal", "pln_strategy", "pln_project", "pln_project_budget", "pln_kpi",
				"pln_kpi_target", "pln_alignment" }) {
			counts.put(table, count(table));
		}
		return counts;
	}

	private long count(String tableAndCondition) {
		return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}
}
