package org.smartcityplanner.actionplan.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProposalCheck;
import org.smartcityplanner.actionplan.rules.ProposalFacts;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * Builds a proposal form: the fields the master plan already answers, the typed ones, and the source's verdict.
 */
@Component
class ProposalForms {

	private final ProfileApi profile;

	ProposalForms(ProfileApi profile) {
		this.profile = profile;
	}

	Proposal build(ProvinceCode province, CandidateProject candidate, Project project, PlanDocument document,
			SourceRule rule, Map<FormField, String> typed, boolean ready, int version) {
		Map<FormField, String> fromPlan = fromPlan(candidate, project, document, areaNames(province, project));
		Set<FormField> filled = EnumSet.noneOf(FormField.class);
		fromPlan.forEach((field, value) -> {
			if (!value.isBlank()) {
				filled.add(field);
			}
		});
		typed.forEach((field, value) -> {
			if (value != null && !value.isBlank() && !field.fromPlan()) {
				filled.add(field);
			}
		});
		BudgetSheet sheet = candidate.budget().sheet();
		Baht requested = sheet.split().getOrDefault(rule.sourceCode(), Baht.ZERO);
		int fundedYears = sheet.check().isEmpty() && !sheet.split().isEmpty()
				? sheet.bySourceAndYear().getOrDefault(rule.sourceCode(), Map.of()).size()
				: (int) candidate.costByYear().values().stream().filter(amount -> amount.satang() > 0).count();
		ProposalFacts facts = new ProposalFacts(candidate.dimension(), candidate.budget().settings().type(), filled,
				fundedYears, candidate.cost(), requested);
		return new Proposal(candidate.id(), rule.sourceCode(), typed, fromPlan, ProposalCheck.check(rule, facts),
				ready, version);
	}

	/** The names of the target areas the project serves (Thai, the forms' language), in the profile's order. */
	private String areaNames(ProvinceCode province, Project project) {
		if (project.targetAreaIds().isEmpty()) {
			return "";
		}
		return String.join(", ", profile.areasOf(province).stream()
			.filter(area -> project.targetAreaIds().contains(area.id()))
			.map(area -> area.name().th())
			.toList());
	}

	private static Map<FormField, String> fromPlan(CandidateProject candidate, Project project, PlanDocument document,
			String areaNames) {
		Map<FormField, String> values = new EnumMap<>(FormField.class);
		values.put(FormField.NAME, project.name());
		values.put(FormField.RATIONALE, project.rationale());
		values.put(FormField.OBJECTIVES, project.objectives());
		values.put(FormField.TARGET_AREA, areaNames);
		values.put(FormField.OUTPUTS, project.outputs());
		values.put(FormField.OUTCOMES, project.outcomes());
		values.put(FormField.INDICATORS, String.join("\n", document.kpisOf(project.id()).stream()
			.map(kpi -> kpi.name()).toList()));
		values.put(FormField.LEAD_AGENCY, project.leadAgency());
		values.put(FormField.PARTNERS, String.join("\n", project.partners()));
		BudgetSheet sheet = candidate.budget().sheet();
		values.put(FormField.BUDGET_BY_CATEGORY, sheet.total().satang() > 0 ? sheet.total().toString() : "");
		values.put(FormField.PLAN_LINK, String.join(", ", project.alignment().provincialStrategies()));
		return values;
	}
}
