package org.smartcityplanner.plan.internal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Short builders for the demo plan's goals, strategies, projects and KPIs, so the content classes read like the
 * plan itself. Collects every KPI in the order it is written. Plain Java: no framework types.
 */
final class DemoPlanItems {

	/** The first fiscal year of the demo plan; KPI targets are listed from this year on. */
	static final int FIRST_YEAR = 2570;

	private final long oldTown;
	private final long logistics;
	private final List<Kpi> kpis = new ArrayList<>();

	DemoPlanItems(long oldTownAreaId, long logisticsAreaId) {
		this.oldTown = oldTownAreaId;
		this.logistics = logisticsAreaId;
	}

	/** Every KPI written so far, goals' and projects' alike. */
	List<Kpi> kpis() {
		return List.copyOf(kpis);
	}

	GoalDraft goal(String dimension, String title) {
		return new GoalDraft(dimension, title);
	}

	StrategyDraft strategy(String title) {
		return new StrategyDraft(title);
	}

	ProjectDraft project(String name) {
		return new ProjectDraft(name);
	}

	/**
	 * An alignment from reference codes, sorted into their lists by prefix: {@code NS1}, {@code MP06},
	 * {@code M08}, {@code SDG11}, {@code T40-NS4}.
	 */
	static Alignment align(String... codes) {
		Set<String> strategies = new LinkedHashSet<>();
		Set<String> masterPlans = new LinkedHashSet<>();
		Set<String> milestones = new LinkedHashSet<>();
		Set<String> sdgs = new LinkedHashSet<>();
		Set<String> thailand40 = new LinkedHashSet<>();
		for (String code : codes) {
			if (code.startsWith("T40-")) {
				thailand40.add(code);
			}
			else if (code.startsWith("NS")) {
				strategies.add(code);
			}
			else if (code.startsWith("MP")) {
				masterPlans.add(code);
			}
			else if (code.startsWith("SDG")) {
				sdgs.add(code);
			}
			else if (code.startsWith("M")) {
				milestones.add(code);
			}
			else {
				throw new IllegalArgumentException("Unknown alignment code " + code);
			}
		}
		return new Alignment(strategies, masterPlans, milestones, sdgs, Set.of(), thailand40);
	}

	/**
	 * Adds a KPI of {@code owner}.
	 *
	 * @param targets one target per fiscal year from {@link #FIRST_YEAR} on; fewer than the plan's years leaves
	 *        the last years without a target
	 */
	private void addKpi(ItemId owner, String indicatorCode, String name, String unit, String baselineValue,
			int baselineYear, String source, String... targets) {
		Map<FiscalYear, BigDecimal> byYear = new LinkedHashMap<>();
		for (int i = 0; i < targets.length; i++) {
			byYear.put(new FiscalYear(FIRST_YEAR + i), new BigDecimal(targets[i]));
		}
		kpis.add(new Kpi(ItemId.random(), owner, indicatorCode, name, unit,
				new Baseline(new BigDecimal(baselineValue), new FiscalYear(baselineYear), source), byYear));
	}

	/** A goal being written. */
	final class GoalDraft {

		private final ItemId id = ItemId.random();
		private final String dimension;
		private final String title;
		private String description = "";
		private Alignment alignment = Alignment.NONE;
		private final List<Strategy> strategies = new ArrayList<>();

		private GoalDraft(String dimension, String title) {
			this.dimension = dimension;
			this.title = title;
		}

		GoalDraft description(String text) {
			this.description = text;
			return this;
		}

		GoalDraft alignedWith(String... codes) {
			this.alignment = align(codes);
			return this;
		}

		GoalDraft kpi(String indicatorCode, String name, String unit, String baselineValue, int baselineYear,
				String source, String... targets) {
			addKpi(id, indicatorCode, name, unit, baselineValue, baselineYear, source, targets);
			return this;
		}

		GoalDraft strategies(Strategy... items) {
			strategies.addAll(List.of(items));
			return this;
		}

		Goal build() {
			return new Goal(id, dimension, title, description, strategies, alignment);
		}
	}

	/** A strategy being written. */
	final class StrategyDraft {

		private final ItemId id = ItemId.random();
		private final String title;
		private String description = "";
		private Alignment alignment = Alignment.NONE;
		private final List<Project> projects = new ArrayList<>();

		private StrategyDraft(String title) {
			this.title = title;
		}

		StrategyDraft description(String text) {
			this.description = text;
			return this;
		}

		StrategyDraft alignedWith(String... codes) {
			this.alignment = align(codes);
			return this;
		}

		StrategyDraft projects(Project... items) {
			projects.addAll(List.of(items));
			return this;
		}

		Strategy build() {
			return new Strategy(id, title, description, projects, alignment);
		}
	}

	/** A project being written. */
	final class ProjectDraft {

		private final ItemId id = ItemId.random();
		private final String name;
		private String rationale = "";
		private String objectives = "";
		private final Set<Long> areas = new LinkedHashSet<>();
		private String leadAgency = "";
		private List<String> partners = List.of();
		private FiscalYear startYear;
		private FiscalYear endYear;
		private final Map<FiscalYear, Baht> budget = new LinkedHashMap<>();
		private boolean statesTotal = true;
		private String outputs = "";
		private String outcomes = "";
		private Alignment alignment = Alignment.NONE;

		private ProjectDraft(String name) {
			this.name = name;
		}

		ProjectDraft rationale(String text) {
			this.rationale = text;
			return this;
		}

		ProjectDraft objectives(String text) {
			this.objectives = text;
			return this;
		}

		/** Serves the old town by the Nan river. */
		ProjectDraft inOldTown() {
			areas.add(oldTown);
			return this;
		}

		/** Serves the Indochina junction logistics district. */
		ProjectDraft inLogisticsDistrict() {
			areas.add(logistics);
			return this;
		}

		ProjectDraft lead(String agency) {
			this.leadAgency = agency;
			return this;
		}

		ProjectDraft partners(String... agencies) {
			this.partners = List.of(agencies);
			return this;
		}

		/**
		 * The yearly budget in whole baht, one amount per year from {@code firstYear}; the project runs exactly
		 * those years.
		 */
		ProjectDraft budget(int firstYear, long... bahtPerYear) {
			budget.clear();
			for (int i = 0; i < bahtPerYear.length; i++) {
				budget.put(new FiscalYear(firstYear + i), Baht.of(bahtPerYear[i]));
			}
			this.startYear = new FiscalYear(firstYear);
			this.endYear = new FiscalYear(firstYear + bahtPerYear.length - 1);
			return this;
		}

		/** The proposers have not stated a total yet. */
		ProjectDraft withoutStatedTotal() {
			this.statesTotal = false;
			return this;
		}

		ProjectDraft outputs(String text) {
			this.outputs = text;
			return this;
		}

		ProjectDraft outcomes(String text) {
			this.outcomes = text;
			return this;
		}

		ProjectDraft alignedWith(String... codes) {
			this.alignment = align(codes);
			return this;
		}

		ProjectDraft kpi(String indicatorCode, String name, String unit, String baselineValue, int baselineYear,
				String source, String... targets) {
			addKpi(id, indicatorCode, name, unit, baselineValue, baselineYear, source, targets);
			return this;
		}

		Project build() {
			Baht total = statesTotal ? budget.values().stream().reduce(Baht.ZERO, Baht::plus) : null;
			return new Project(id, name, rationale, objectives, areas, leadAgency, partners, startYear, endYear,
					budget, total, outputs, outcomes, alignment);
		}
	}
}
