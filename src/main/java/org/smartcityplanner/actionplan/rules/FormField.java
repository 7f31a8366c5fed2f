package org.smartcityplanner.actionplan.rules;

/**
 * A field of a project proposal form. Every budget source asks for a subset (its required fields, editable by
 * admins). Fields marked {@link #fromPlan()} are taken from the master plan's project and budget; the others are
 * written on the proposal form itself.
 */
public enum FormField {

	NAME(true), RATIONALE(true), OBJECTIVES(true), TARGET_AREA(true), OUTPUTS(true), OUTCOMES(true),
	INDICATORS(true), LEAD_AGENCY(true), PARTNERS(true), BUDGET_BY_CATEGORY(true), PLAN_LINK(true),
	TARGET_GROUP(false), ACTIVITIES_BY_QUARTER(false), BENEFITS(false), RISKS(false),
	OPERATION_AND_MAINTENANCE(false), CO_FUNDING_COMMITMENT(false), CLUSTER_PROVINCES(false),
	DIGITAL_READINESS(false), PRIVATE_PARTNER(false);

	private final boolean fromPlan;

	FormField(boolean fromPlan) {
		this.fromPlan = fromPlan;
	}

	/** Whether the value comes from the master plan rather than from the proposal form. */
	public boolean fromPlan() {
		return fromPlan;
	}

	/** The fields written on the proposal form. */
	public static java.util.List<FormField> typed() {
		return java.util.Arrays.stream(values()).filter(field -> !field.fromPlan).toList();
	}
}
