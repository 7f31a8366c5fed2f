package org.smartcityplanner.actionplan.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's part of the demo province, seeded by the action-plan module itself on top of the seeds it
 * depends on (users, engagement, profile, plan).
 */
// Each test runs in a transaction that is rolled back, so the shared PostgreSQL schema stays as it was.
@DatabaseTest
@Transactional
class ActionPlanDemoSeedTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	ActionPlanDemoSeed seed;
	@Autowired
	ActionPlanUseCases actionPlans;

	@BeforeEach
	void seedWhatTheActionPlanBuildsOn() {
		seeds.stream().filter(other -> other.order() < DemoSeed.ACTION_PLAN)
			.sorted(Comparator.comparingInt(DemoSeed::order)).filter(other -> !other.isSeeded(PROVINCE))
			.forEach(other -> other.seed(PROVINCE));
	}

	@Test
	void everyDemoProjectHasABudgetByCategoryThatAddsUpToThePlanEstimateAndTheEnvelopesAreTighterThanTheDemand() {
		seed.seed(PROVINCE);
		assertThat(seed.isSeeded(PROVINCE)).isTrue();

		var projects = actionPlans.projects(PROVINCE);
		assertThat(projects).hasSizeGreaterThan(30).allSatisfy(project -> {
			assertThat(project.budget().sheet().total())
				.isEqualTo(project.planEstimate().values().stream().reduce(Baht.ZERO, Baht::plus));
			assertThat(project.budget().sheet().check()).isEmpty();
			assertThat(project.budget().settings().type()).isNotNull();
			assertThat(project.budget().scores()).hasSize(5);
		});
		assertThat(projects).filteredOn(project -> project.budget().settings().mandatory()).hasSize(1);
		assertThat(projects).filteredOn(project -> project.budget().settings().dependsOn() != null).hasSize(2);
		assertThat(projects).filteredOn(project -> !project.budget().settings().exclusiveGroup().isEmpty()).hasSize(2);
		long demand2571 = projects.stream().mapToLong(project -> project.costByYear()
			.getOrDefault(new FiscalYear(2571), Baht.ZERO).satang()).sum();
		long envelopes2571 = actionPlans.envelopes(PROVINCE).values().stream()
			.mapToLong(years -> years.getOrDefault(2571, Baht.ZERO).satang()).sum();
		assertThat(envelopes2571).isBetween(demand2571 / 2, demand2571 * 9 / 10);
		assertThat(actionPlans.minimums(PROVINCE)).hasSize(2);
		var weights = actionPlans.weights(PROVINCE);
		assertThat(weights.method()).isEqualTo("AHP");
		assertThat(weights.inconsistent()).as("CR %s", weights.consistencyRatio()).isFalse();
	}
}
