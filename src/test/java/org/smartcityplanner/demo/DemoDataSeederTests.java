package org.smartcityplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.internal.PlanCheckUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * The whole demo as a start with {@code scp.demo.enabled} seeds it: every module's seed in order, once. What each
 * module seeds in detail is tested next to its seed ({@code ProfileDemoSeedTests}, {@code ActionPlanDemoSeedTests},
 * {@code DemoPlanTests}); here, what the modules' public APIs show of the whole and that a second run adds nothing.
 */
// Seeding the whole demo is the slow part, so it is done once for the class, in one transaction that every test
// joins (they run one after the other on the same thread) and that is rolled back after the last test: the shared
// database, and TH-65 in it, stays as it was. The tests only read and run the seeder again, which must add nothing.
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataSeederTests {

	@Autowired
	org.smartcityplanner.participation.internal.opinion.OpinionService opinions;
	@Autowired
	org.smartcityplanner.participation.internal.opinion.OpinionAnalyses opinionAnalyses;

	private static final org.smartcityplanner.shared.ProvinceCode PROVINCE = DemoDataSeeder.PROVINCE;

	@Autowired
	IdentityUseCases identity;
	@Autowired
	EngagementApi engagements;
	@Autowired
	ProfileApi profile;
	@Autowired
	PlanApi plans;
	@Autowired
	PlanCheckUseCases checks;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	org.smartcityplanner.actionplan.ActionPlanApi actionPlans;
	@Autowired
	CohortUseCases cohorts;
	@Autowired
	AssessmentUseCases assessment;
	@Autowired
	org.smartcityplanner.training.internal.MaterialFileUseCases materialFiles;
	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	PlatformTransactionManager transactions;

	private TransactionStatus seeded;

	@BeforeAll
	void seedTheDemoOnceInATransactionThatIsRolledBackAfterTheLastTest() {
		seeded = transactions.getTransaction(TransactionDefinition.withDefaults());
		seeder().run(null);
	}

	@AfterAll
	void forgetTheDemo() {
		if (seeded != null) {
			transactions.rollback(seeded);
		}
	}

	private DemoDataSeeder seeder() {
		return new DemoDataSeeder(seeds);
	}

	@Test
	void everyModuleThatOwnsDemoDataSeedsItsOwnPartInDependencyOrder() {
		assertThat(seeder().seeds()).extracting(seed -> seed.getClass().getSimpleName()).containsExactly(
				"IdentityDemoSeed", "ConsultantPoolDemoSeed", "EngagementDemoSeed", "WorkPlanDemoSeed", "ProfileDemoSeed",
				"PlanDemoSeed", "ActionPlanDemoSeed",
				"TrainingDemoSeed", "GroupDemoSeed", "SurveyDemoSeed", "StakeholderDemoSeed", "MeetingsDemoSeed",
				"PortalDemoSeed", "IdeaDemoSeed", "OpinionDemoSeed", "BallotDemoSeed");
	}

	@Test
	void seedsOneClosedBallotCountedFromOnlineAndCheckedPaperBallotsAndOneOpenBallotOverThePlansProjects() {
		List<String> statuses = jdbc.sql("select status from par_ballot where province_code = ? order by id")
			.param(DemoDataSeeder.PROVINCE.value()).query(String.class).list();
		assertThat(statuses).containsExactly("CLOSED", "OPEN");
		var turnout = jdbc.sql("select online_ballots, paper_ballots from par_ballot where province_code = ? and "
				+ "status = 'CLOSED'").param(DemoDataSeeder.PROVINCE.value())
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
		assertThat(turnout.get(0)).isPositive();
		assertThat(turnout.get(1)).isPositive();
		assertThat(jdbc.sql("select count(*) from par_ballot_item i join par_ballot b on b.id = i.ballot_id where "
				+ "b.province_code = ? and i.selected_mes")
			.param(DemoDataSeeder.PROVINCE.value()).query(Long.class).single()).isPositive();
	}

	@Test
	void seedsOneProvinceOnceWithOneUserOfEachRole() {
		DemoDataSeeder seeder = seeder();
		seeder.run(null);
		long users = count("idn_user");
		seeder.run(null);

		assertThat(count("idn_user")).isEqualTo(users);
		// each module recognises its own part, which is what keeps a second start from seeding it twice
		assertThat(seeds).allSatisfy(seed -> assertThat(seed.isSeeded(PROVINCE)).as(seed.getClass().getSimpleName())
			.isTrue());
		assertThat(actionPlans.projects(PROVINCE)).hasSizeGreaterThan(30)
			.filteredOn(project -> project.budget().settings().mandatory()).hasSize(1);
		assertThat(engagements.engagementsOf(PROVINCE)).singleElement().satisfies(engagement -> {
			assertThat(engagement.durationDays()).isEqualTo(EngagementApi.STANDARD_DAYS);
			assertThat(engagement.team()).hasSizeBetween(4, 6);
			assertThat(engagement.team().get(0).lead()).isTrue();
		});
		assertThat(profile.areasOf(PROVINCE)).hasSize(2);
		assertThat(profile.strategiesOf(PROVINCE)).hasSize(5);
		assertThat(profile.contextOf(PROVINCE).parts().digitalReadiness()).isNotBlank();
		assertThat(profile.swotOf(PROVINCE, null).lists().threats()).isNotEmpty();
		assertThat(profile.latestBaseline(PROVINCE, null, "IND-ENV-01")).isPresent();
		for (Role role : Role.values()) {
			assertThat(identity.usersWithRole(role)).as(role.name()).isNotEmpty();
		}
		// the opinion map's planted leanings show as real groups, with a published map
		var conversation = opinions.conversations(PROVINCE).get(0);
		assertThat(conversation.resultsPublic()).isTrue();
		assertThat(opinionAnalyses.last(PROVINCE, conversation.id()).orElseThrow().map().groups()).hasSizeBetween(2, 3);
		assertThat(opinionAnalyses.last(PROVINCE, conversation.id()).orElseThrow().map().placed()).isEqualTo(80);
	}

	@Test
	void seedsOneTrainingCohortOf65TraineesWithAttendanceTestsAndCertificates() {
		seeder().run(null);
		seeder().run(null);
		assertThat(cohorts.cohortsOf(PROVINCE)).singleElement().satisfies(cohort -> {
			assertThat(cohort.traineeCount()).isEqualTo(65);
			assertThat(cohort.underMinimum()).isFalse();
			var report = assessment.report(PROVINCE, cohort.id());
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
	void theDemoCurriculumHasARealMaterialFileAttachedOnce() {
		seeder().run(null);
		assertThat(materialFiles.filesOf("MINDSET")).filteredOn(f -> f.title().equals("สไลด์บรรยายหัวข้อที่ 1"))
			.singleElement().satisfies(file -> {
				assertThat(file.contentType()).isEqualTo("application/pdf");
				assertThat(new String(materialFiles.content(file.id()).orElseThrow().bytes(), 0, 5,
						java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			});
	}

	@Test
	void consultantsReachTheProvinceThroughTheirEngagementOnly() {
		UserSummary consultant = identity.usersWithRole(Role.CONSULTANT).stream()
			.filter(user -> user.username().equals("consultant")).findFirst().orElseThrow();
		assertThat(consultant.provinces()).isEmpty();
		CurrentUser asCurrent = new CurrentUser(consultant.id(), consultant.username(), consultant.displayName(),
				consultant.roles());
		assertThat(identity.accessibleProvinces(asCurrent)).containsExactly(PROVINCE);
		assertThat(Arrays.stream(new String[] { "admin", "coordinator", "member", "trainee" }))
			.allSatisfy(name -> assertThat(count("idn_user where username = '" + name + "'")).isEqualTo(1));
	}

	@Test
	void seedsAFullDraftMasterPlanThatIsMeaningfulButNotPerfect() {
		PlanDocument plan = plans.plan(PROVINCE).orElseThrow().document();

		assertThat(plan.period()).isEqualTo(new PlanPeriod(new FiscalYear(2570), new FiscalYear(2574)));
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

		Set<Long> areaIds = profile.areasOf(PROVINCE).stream().map(TargetAreaView::id)
			.collect(Collectors.toSet());
		assertThat(projects).allSatisfy(project -> assertThat(areaIds).containsAll(project.targetAreaIds()));

		ReadinessReport readiness = checks.readiness(PROVINCE).orElseThrow();
		assertThat(readiness.score()).isBetween(50, 95);
		assertThat(readiness.isReady()).isFalse();
	}

	@Test
	void seedingTwiceLeavesOnePlanWithTheSameItems() {
		DemoDataSeeder seeder = seeder();
		seeder.run(null);
		Map<String, Long> before = planRowCounts();
		PlanDocument first = plans.plan(PROVINCE).orElseThrow().document();
		seeder.run(null);

		assertThat(planRowCounts()).isEqualTo(before);
		assertThat(before.get("pln_plan")).isEqualTo(1);
		assertThat(plans.plan(PROVINCE).orElseThrow().document()).isEqualTo(first);
	}

	private Map<String, Long> planRowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		counts.put("pln_plan", count("pln_plan where province_code = '" + PROVINCE.value() + "'"));
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
