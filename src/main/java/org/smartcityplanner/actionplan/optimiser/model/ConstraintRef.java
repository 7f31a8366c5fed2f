package org.smartcityplanner.actionplan.optimiser.model;

/**
 * Names one constraint of a problem, for conflict sets, binding lists and unmet rules. Fields that do not apply
 * to the kind are {@code null}.
 *
 * @param kind what kind of constraint
 * @param projectId the project (mandatory, dependency, funding rules, start window)
 * @param otherProjectId the required project of a dependency
 * @param sourceCode the source of an envelope
 * @param fiscalYear the fiscal year of an envelope
 * @param code dimension code, area id or exclusive group id
 */
public record ConstraintRef(ConstraintKind kind, String projectId, String otherProjectId, String sourceCode,
		Integer fiscalYear, String code) {

	public static ConstraintRef mandatory(String projectId) {
		return new ConstraintRef(ConstraintKind.MANDATORY_PROJECT, projectId, null, null, null, null);
	}

	public static ConstraintRef envelope(String sourceCode, int fiscalYear) {
		return new ConstraintRef(ConstraintKind.SOURCE_ENVELOPE, null, null, sourceCode, fiscalYear, null);
	}

	public static ConstraintRef minimum(Minimum minimum) {
		var kind = minimum.scope() == Minimum.Scope.DIMENSION ? ConstraintKind.DIMENSION_MINIMUM
				: ConstraintKind.AREA_MINIMUM;
		return new ConstraintRef(kind, null, null, null, null, minimum.code());
	}

	public static ConstraintRef dependency(Dependency dependency) {
		return new ConstraintRef(ConstraintKind.DEPENDENCY, dependency.projectId(), dependency.requiredProjectId(),
				null, null, null);
	}

	public static ConstraintRef exclusiveGroup(String groupId) {
		return new ConstraintRef(ConstraintKind.EXCLUSIVE_GROUP, null, null, null, null, groupId);
	}

	public static ConstraintRef fundingRules(String projectId) {
		return new ConstraintRef(ConstraintKind.FUNDING_RULES, projectId, null, null, null, null);
	}

	public static ConstraintRef startWindow(String projectId) {
		return new ConstraintRef(ConstraintKind.START_WINDOW, projectId, null, null, null, null);
	}
}
