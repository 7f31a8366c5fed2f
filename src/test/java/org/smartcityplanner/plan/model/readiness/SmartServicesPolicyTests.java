package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;
import static org.smartcityplanner.plan.model.TestPlans.goal;
import static org.smartcityplanner.plan.model.TestPlans.strategy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.TestPlans;

class SmartServicesPolicyTests {

	private final SmartServicesPolicy policy = new SmartServicesPolicy();

	@Test
	void passesWhenTheMandatoryDimensionAndAnotherHaveProjects() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").build())),
					goal("g2", "MOB", strategy("s2", aProject("p2").build())))
			.build();

		assertThat(policy.check(plan, TestContexts.ready())).isEqualTo(CheckResult.pass("C4"));
	}

	@Test
	void failsWhenFewerDimensionsThanTheMinimumHaveProjects() {
		// a goal without projects does not make its dimension count
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").build()), strategy("s1b")),
					goal("g2", "MOB", strategy("s2")))
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c4.tooFewDimensions", List.of("1", "2"), FixTarget.dimensions()));
	}

	@Test
	void failsAndWarnsWhenThePlanHasNoProjectAtAll() {
		CheckResult result = policy.check(PlanBuilder.aPlan().build(), TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.messageKeys()).containsExactly("readiness.c4.tooFewDimensions",
				"readiness.c4.mandatoryDimensionWithoutProject");
	}

	@Test
	void warnsWhenTheMandatoryDimensionHasNoProject() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1")), goal("g2", "MOB", strategy("s2", aProject("p2").build())),
					goal("g3", "GOV", strategy("s3", aProject("p3").build())))
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(new Finding("readiness.c4.mandatoryDimensionWithoutProject",
				List.of("ENV"), FixTarget.dimension("ENV")));
	}

	@Test
	void followsTheConfiguredMandatoryDimensionAndMinimum() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "MOB", strategy("s1", aProject("p1").build())))
			.build();
		ReadinessContext context = new ReadinessContext(Set.copyOf(TestPlans.DIMENSIONS), Map.of(), "MOB", 1, null);

		assertThat(policy.check(plan, context).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void needsNoMandatoryDimensionWhenNoneIsConfigured() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "MOB", strategy("s1", aProject("p1").build())),
					goal("g2", "GOV", strategy("s2", aProject("p2").build())))
			.build();
		ReadinessContext context = new ReadinessContext(Set.copyOf(TestPlans.DIMENSIONS), Map.of(), null, 2, null);

		assertThat(policy.check(plan, context).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void doesNotCountADimensionCodeOutsideTheSeven() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").build())),
					goal("g2", "XYZ", strategy("s2", aProject("p2").build())))
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c4.tooFewDimensions", List.of("1", "2"), FixTarget.dimensions()));
	}
}
