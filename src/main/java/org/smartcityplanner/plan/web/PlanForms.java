package org.smartcityplanner.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Converts between the edit forms and the plan model. Blank optional fields become {@code null}; yearly maps
 * keep only the years the user filled in.
 */
final class PlanForms {

	private PlanForms() {
	}

	static Goal goal(ItemId id, GoalForm form) {
		return new Goal(id, form.getDimension(), form.getTitle().trim(), text(form.getDescription()), List.of(),
				form.getAlignment().toAlignment(), form.getTitleEn());
	}

	static GoalForm goalForm(Goal goal, int version) {
		GoalForm form = new GoalForm();
		form.setDimension(goal.dimension());
		form.setTitle(goal.title());
		form.setTitleEn(goal.titleEn());
		form.setDescription(goal.description());
		form.setAlignment(AlignmentFields.of(goal.alignment()));
		form.setVersion(version);
		return form;
	}

	static Strategy strategy(ItemId id, StrategyForm form) {
		return new Strategy(id, form.getTitle().trim(), text(form.getDescription()), List.of(),
				form.getAlignment().toAlignment(), form.getTitleEn());
	}

	static StrategyForm strategyForm(Strategy strategy, int version) {
		StrategyForm form = new StrategyForm();
		form.setTitle(strategy.title());
		form.setTitleEn(strategy.titleEn());
		form.setDescription(strategy.description());
		form.setAlignment(AlignmentFields.of(strategy.alignment()));
		form.setVersion(version);
		return form;
	}

	static Project project(ItemId id, ProjectForm form) {
		Map<FiscalYear, Baht> budget = new TreeMap<>();
		form.getBudget().forEach((year, amount) -> {
			if (year != null && amount != null) {
				budget.put(new FiscalYear(year), Baht.of(amount));
			}
		});
		return new Project(id, form.getName().trim(), text(form.getRationale()), text(form.getObjectives()),
				form.getTargetAreaIds(), text(form.getLeadAgency()), lines(form.getPartners()),
				year(form.getStartYear()), year(form.getEndYear()), budget,
				form.getEstimatedTotal() == null ? null : Baht.of(form.getEstimatedTotal()), text(form.getOutputs()),
				text(form.getOutcomes()), form.getAlignment().toAlignment(), form.getNameEn());
	}

	static ProjectForm projectForm(Project project, ItemId strategyId, int version) {
		ProjectForm form = new ProjectForm();
		form.setStrategyId(strategyId.value());
		form.setName(project.name());
		form.setNameEn(project.nameEn());
		form.setRationale(project.rationale());
		form.setObjectives(project.objectives());
		form.setTargetAreaIds(new java.util.LinkedHashSet<>(project.targetAreaIds()));
		form.setLeadAgency(project.leadAgency());
		form.setPartners(String.join("\n", project.partners()));
		form.setStartYear(project.startYear() == null ? null : project.startYear().buddhistYear());
		form.setEndYear(project.endYear() == null ? null : project.endYear().buddhistYear());
		Map<Integer, BigDecimal> budget = new TreeMap<>();
		project.budget().forEach((year, amount) -> budget.put(year.buddhistYear(), amount.toBigDecimal()));
		form.setBudget(budget);
		form.setEstimatedTotal(project.estimatedTotal() == null ? null : project.estimatedTotal().toBigDecimal());
		form.setOutputs(project.outputs());
		form.setOutcomes(project.outcomes());
		form.setAlignment(AlignmentFields.of(project.alignment()));
		form.setVersion(version);
		return form;
	}

	static Kpi kpi(ItemId id, KpiForm form) {
		Map<FiscalYear, BigDecimal> targets = new TreeMap<>();
		form.getTargets().forEach((year, value) -> {
			if (year != null && value != null) {
				targets.put(new FiscalYear(year), value);
			}
		});
		boolean hasBaseline = form.getBaselineValue() != null || form.getBaselineYear() != null;
		Baseline baseline = hasBaseline ? new Baseline(form.getBaselineValue(), year(form.getBaselineYear()),
				text(form.getBaselineSource())) : null;
		String indicator = form.getIndicatorCode() == null || form.getIndicatorCode().isBlank() ? null
				: form.getIndicatorCode().trim();
		return new Kpi(id, new ItemId(form.getOwnerId()), indicator, form.getName().trim(), form.getUnit().trim(),
				baseline, targets, form.getNameEn());
	}

	static KpiForm kpiForm(Kpi kpi, int version) {
		KpiForm form = new KpiForm();
		form.setOwnerId(kpi.ownerId().value());
		form.setIndicatorCode(kpi.indicatorCode() == null ? "" : kpi.indicatorCode());
		form.setName(kpi.name());
		form.setNameEn(kpi.nameEn());
		form.setUnit(kpi.unit());
		if (kpi.baseline() != null) {
			form.setBaselineValue(kpi.baseline().value());
			form.setBaselineYear(kpi.baseline().year() == null ? null : kpi.baseline().year().buddhistYear());
			form.setBaselineSource(kpi.baseline().source());
		}
		Map<Integer, BigDecimal> targets = new TreeMap<>();
		kpi.targets().forEach((year, value) -> targets.put(year.buddhistYear(), value));
		form.setTargets(targets);
		form.setVersion(version);
		return form;
	}

	static PlanSections sections(SectionsForm form) {
		return new PlanSections(text(form.getDigitalInfrastructure()), text(form.getDataSources()),
				text(form.getDataOpenness()), text(form.getDataSecurity()), text(form.getDataSharing()),
				text(form.getGovernanceBody()), text(form.getRoles()), text(form.getFinancing()),
				text(form.getMonitoring()));
	}

	static SectionsForm sectionsForm(PlanSections sections, int version) {
		SectionsForm form = new SectionsForm();
		form.setDigitalInfrastructure(sections.digitalInfrastructure());
		form.setDataSources(sections.dataSources());
		form.setDataOpenness(sections.dataOpenness());
		form.setDataSecurity(sections.dataSecurity());
		form.setDataSharing(sections.dataSharing());
		form.setGovernanceBody(sections.governanceBody());
		form.setRoles(sections.roles());
		form.setFinancing(sections.financing());
		form.setMonitoring(sections.monitoring());
		form.setVersion(version);
		return form;
	}

	static PlanPeriod period(int firstYear, int lastYear) {
		return new PlanPeriod(new FiscalYear(firstYear), new FiscalYear(lastYear));
	}

	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	private static FiscalYear year(Integer year) {
		return year == null ? null : new FiscalYear(year);
	}

	private static String text(String value) {
		return value == null ? "" : value.trim();
	}
}
