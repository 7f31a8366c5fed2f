package org.smartcityplanner.plan.model.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;
import static org.smartcityplanner.plan.model.TestPlans.goal;
import static org.smartcityplanner.plan.model.TestPlans.nationalStrategies;
import static org.smartcityplanner.plan.model.TestPlans.strategy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;

class AlignmentAnalysisTests {

	private static final NationalCatalogue CATALOGUE = new NationalCatalogue(List.of("NS1", "NS2", "NS3"),
			List.of("MP05", "MP06"), List.of("M08"), List.of("SDG7", "SDG11"), List.of("PS1", "PS2"),
			new LinkedHashSet<>(List.of("ENV", "MOB", "GOV")), List.of("T40-MODEL"));

	private static final Alignment EVERYTHING_ONCE = new Alignment(Set.of("NS1", "NS2", "NS3"),
			Set.of("MP05", "MP06"), Set.of("M08"), Set.of("SDG7", "SDG11"), Set.of("PS1", "PS2"), Set.of("T40-MODEL"));

	@Test
	void listsTheGoalsStrategiesAndProjectsAlignedWithEachCodeInDocumentOrder() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", nationalStrategies("NS2"),
					strategy("s1", nationalStrategies("NS2"),
							aProject("p1").alignment(nationalStrategies("NS2")).build())),
					goal("g2", "MOB", strategy("s2", nationalStrategies("NS2", "NS3"))))
			.build();

		MatrixRow row = AlignmentAnalysis.of(plan, CATALOGUE).row(CatalogueList.NATIONAL_STRATEGY, "NS2").orElseThrow();

		assertThat(row.items()).containsExactly(new AlignedItem(AlignedKind.GOAL, new ItemId("g1"), "เป้าหมาย g1"),
				new AlignedItem(AlignedKind.STRATEGY, new ItemId("s1"), "กลยุทธ์ s1"),
				new AlignedItem(AlignedKind.PROJECT, new ItemId("p1"), "โครงการ p1"),
				new AlignedItem(AlignedKind.STRATEGY, new ItemId("s2"), "กลยุทธ์ s2"));
		assertThat(row.count()).isEqualTo(4);
	}

	@Test
	void hasARowForEveryCatalogueCodeInCatalogueOrder() {
		AlignmentAnalysis analysis = AlignmentAnalysis.of(PlanBuilder.aPlan().build(), CATALOGUE);

		assertThat(analysis.matrix()).extracting(MatrixRow::code).containsExactly("NS1", "NS2", "NS3", "MP05", "MP06",
				"M08", "SDG7", "SDG11", "T40-MODEL", "PS1", "PS2", "ENV", "MOB", "GOV");
		assertThat(analysis.matrix()).allSatisfy(row -> assertThat(row.count()).isZero());
	}

	@Test
	void aDimensionRowListsTheGoalsOfThatDimension() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").build())), goal("g2", "ENV"), goal("g3", "MOB"))
			.build();

		MatrixRow env = AlignmentAnalysis.of(plan, CATALOGUE).row(CatalogueList.DIMENSION, "ENV").orElseThrow();

		assertThat(env.items()).extracting(AlignedItem::id).containsExactly(new ItemId("g1"), new ItemId("g2"));
	}

	@Test
	void aProjectDoesNotInheritItsStrategysAlignment() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", nationalStrategies("NS1"), aProject("p1").build())))
			.build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, CATALOGUE);

		assertThat(analysis.row(CatalogueList.NATIONAL_STRATEGY, "NS1").orElseThrow().items())
			.extracting(AlignedItem::kind).containsExactly(AlignedKind.STRATEGY);
		assertThat(analysis.gaps(GapType.PROJECT_ALIGNED_TO_NOTHING)).extracting(AlignmentGap::subject)
			.containsExactly("p1");
	}

	@Test
	void reportsADimensionWithoutAGoal() {
		PlanDocument plan = PlanBuilder.aPlan().goals(goal("g1", "ENV", EVERYTHING_ONCE)).build();

		assertThat(AlignmentAnalysis.of(plan, CATALOGUE).gaps(GapType.DIMENSION_WITHOUT_GOAL)).containsExactly(
				new AlignmentGap(GapType.DIMENSION_WITHOUT_GOAL, "MOB", CatalogueList.DIMENSION, null),
				new AlignmentGap(GapType.DIMENSION_WITHOUT_GOAL, "GOV", CatalogueList.DIMENSION, null));
	}

	@Test
	void reportsAStrategyWhoseOwnAlignmentIsEmptyEvenWhenItsGoalIsAligned() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", EVERYTHING_ONCE, strategy("s1"), strategy("s2", nationalStrategies("NS1"))))
			.build();

		assertThat(AlignmentAnalysis.of(plan, CATALOGUE).gaps(GapType.STRATEGY_ALIGNED_TO_NOTHING))
			.containsExactly(new AlignmentGap(GapType.STRATEGY_ALIGNED_TO_NOTHING, "s1", null, "กลยุทธ์ s1"));
	}

	@Test
	void reportsAProjectAlignedToNothingAsAWarningOnly() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", EVERYTHING_ONCE, strategy("s1", nationalStrategies("NS1"),
					aProject("p1").build(), aProject("p2").alignment(nationalStrategies("NS1")).build())))
			.build();

		List<AlignmentGap> gaps = AlignmentAnalysis.of(plan, CATALOGUE).gaps(GapType.PROJECT_ALIGNED_TO_NOTHING);

		assertThat(gaps).containsExactly(new AlignmentGap(GapType.PROJECT_ALIGNED_TO_NOTHING, "p1", null, "โครงการ p1"));
		assertThat(gaps.get(0).isWarning()).isTrue();
		assertThat(AlignmentGap.ofCode(GapType.NATIONAL_ITEM_UNTOUCHED, CatalogueList.SDG, "SDG7").isWarning())
			.isFalse();
	}

	@Test
	void reportsEveryNationalStrategyMasterPlanMilestoneAndSdgNoItemAlignsWith() {
		Alignment some = new Alignment(Set.of("NS1", "NS3"), Set.of("MP06"), Set.of(), Set.of("SDG11"),
				Set.of("PS1", "PS2"));
		PlanDocument plan = PlanBuilder.aPlan().goals(goal("g1", "ENV", some)).build();

		assertThat(AlignmentAnalysis.of(plan, CATALOGUE).gaps(GapType.NATIONAL_ITEM_UNTOUCHED)).containsExactly(
				new AlignmentGap(GapType.NATIONAL_ITEM_UNTOUCHED, "NS2", CatalogueList.NATIONAL_STRATEGY, null),
				new AlignmentGap(GapType.NATIONAL_ITEM_UNTOUCHED, "MP05", CatalogueList.MASTER_PLAN, null),
				new AlignmentGap(GapType.NATIONAL_ITEM_UNTOUCHED, "M08", CatalogueList.MILESTONE, null),
				new AlignmentGap(GapType.NATIONAL_ITEM_UNTOUCHED, "SDG7", CatalogueList.SDG, null),
				new AlignmentGap(GapType.NATIONAL_ITEM_UNTOUCHED, "T40-MODEL", CatalogueList.THAILAND_40, null));
	}

	@Test
	void reportsAProvincialStrategyNoItemAlignsWith() {
		Alignment provincialOne = new Alignment(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("PS2"));
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", provincialOne)))
			.build();

		assertThat(AlignmentAnalysis.of(plan, CATALOGUE).gaps(GapType.PROVINCIAL_STRATEGY_UNTOUCHED)).containsExactly(
				new AlignmentGap(GapType.PROVINCIAL_STRATEGY_UNTOUCHED, "PS1", CatalogueList.PROVINCIAL_STRATEGY,
						null));
	}

	@Test
	void aPlanAlignedWithEverythingHasNoGaps() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", EVERYTHING_ONCE, strategy("s1", EVERYTHING_ONCE,
					aProject("p1").alignment(EVERYTHING_ONCE).build())), goal("g2", "MOB"), goal("g3", "GOV"))
			.build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, CATALOGUE);

		assertThat(analysis.gaps()).isEmpty();
		assertThat(analysis.coverages()).allSatisfy(coverage -> assertThat(coverage.percent()).isEqualTo(100));
	}

	@Test
	void listsGapsByTypeThenInCatalogueOrDocumentOrder() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").build())))
			.build();

		assertThat(AlignmentAnalysis.of(plan, CATALOGUE).gaps()).extracting(AlignmentGap::type, AlignmentGap::subject)
			.startsWith(tuple(GapType.DIMENSION_WITHOUT_GOAL, "MOB"),
					tuple(GapType.DIMENSION_WITHOUT_GOAL, "GOV"),
					tuple(GapType.STRATEGY_ALIGNED_TO_NOTHING, "s1"),
					tuple(GapType.PROJECT_ALIGNED_TO_NOTHING, "p1"),
					tuple(GapType.NATIONAL_ITEM_UNTOUCHED, "NS1"))
			.endsWith(tuple(GapType.PROVINCIAL_STRATEGY_UNTOUCHED, "PS2"));
	}

	@Test
	void computesTheCoverageOfEachCatalogueList() {
		Alignment some = new Alignment(Set.of("NS2"), Set.of("MP05", "MP06"), Set.of(), Set.of("SDG11"), Set.of());
		PlanDocument plan = PlanBuilder.aPlan().goals(goal("g1", "ENV", some), goal("g2", "MOB")).build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, CATALOGUE);

		assertThat(analysis.coverages()).containsExactly(new Coverage(CatalogueList.NATIONAL_STRATEGY, 1, 3),
				new Coverage(CatalogueList.MASTER_PLAN, 2, 2), new Coverage(CatalogueList.MILESTONE, 0, 1),
				new Coverage(CatalogueList.SDG, 1, 2), new Coverage(CatalogueList.THAILAND_40, 0, 1),
				new Coverage(CatalogueList.PROVINCIAL_STRATEGY, 0, 2),
				new Coverage(CatalogueList.DIMENSION, 2, 3));
		assertThat(analysis.coverage(CatalogueList.NATIONAL_STRATEGY).percent()).isEqualTo(33);
		assertThat(analysis.coverage(CatalogueList.DIMENSION).percent()).isEqualTo(67);
		assertThat(analysis.coverage(CatalogueList.SDG).percent()).isEqualTo(50);
	}

	@Test
	void anEmptyCatalogueListIsZeroPercentCoveredAndHasNoGaps() {
		NationalCatalogue noProvincialPlan = new NationalCatalogue(List.of("NS1"), List.of(), List.of(), List.of(),
				List.of(), Set.of("ENV"));
		PlanDocument plan = PlanBuilder.aPlan().goals(goal("g1", "ENV", nationalStrategies("NS1"))).build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, noProvincialPlan);

		assertThat(analysis.coverage(CatalogueList.PROVINCIAL_STRATEGY)).isEqualTo(
				new Coverage(CatalogueList.PROVINCIAL_STRATEGY, 0, 0));
		assertThat(analysis.coverage(CatalogueList.PROVINCIAL_STRATEGY).percent()).isZero();
		assertThat(analysis.gaps()).isEmpty();
	}

	@Test
	void ignoresCodesTheCatalogueDoesNotList() {
		PlanDocument plan = PlanBuilder.aPlan().goals(goal("g1", "ENV", nationalStrategies("NS9"))).build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, CATALOGUE);

		assertThat(analysis.row(CatalogueList.NATIONAL_STRATEGY, "NS9")).isEmpty();
		assertThat(analysis.coverage(CatalogueList.NATIONAL_STRATEGY).covered()).isZero();
	}

	@Test
	void expectsWhatEveryPlanAndThePlansDimensionsCallForAndFoldsTheRest() {
		NationalCatalogue catalogue = new NationalCatalogue(List.of("NS1", "NS5"), List.of("MP02", "MP06", "MP14"),
				List.of("M08"), List.of("SDG11", "SDG13"), List.of(), new LinkedHashSet<>(List.of("ENV")),
				List.of("T40-MODEL", "T40-NS4"));
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", new Alignment(Set.of("NS5"), Set.of(), Set.of(), Set.of(), Set.of(),
					Set.of("T40-MODEL")), strategy("s1", nationalStrategies("NS5"))))
			.build();

		AlignmentAnalysis analysis = AlignmentAnalysis.of(plan, catalogue);

		assertThat(analysis.expectedGaps()).extracting(AlignmentGap::subject)
			.containsExactlyInAnyOrder("MP06", "M08", "SDG11", "SDG13");
		assertThat(analysis.unexpectedGaps()).extracting(AlignmentGap::subject)
			.containsExactlyInAnyOrder("NS1", "MP02", "MP14", "T40-NS4");
		assertThat(analysis.row(CatalogueList.THAILAND_40, "T40-MODEL").orElseThrow().isTouched()).isTrue();
		assertThat(analysis.coverage(CatalogueList.THAILAND_40)).isEqualTo(new Coverage(CatalogueList.THAILAND_40, 1, 2));
	}
}
