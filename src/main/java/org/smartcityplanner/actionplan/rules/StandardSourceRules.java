package org.smartcityplanner.actionplan.rules;

import static org.smartcityplanner.actionplan.rules.FormField.*;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.shared.Baht;

/**
 * The rules each budget source starts with when the application first sees it. They follow the practice in
 * shared/reference/policy-details.md but are marked "to confirm" there, so admins can change every one of them
 * on the budget-sources page; a source unknown here starts with the common proposal fields and no limits.
 */
public final class StandardSourceRules {

	/** The fields every provincial proposal records (policy-details.md). */
	public static final List<FormField> COMMON = List.of(NAME, RATIONALE, OBJECTIVES, TARGET_GROUP, TARGET_AREA,
			OUTPUTS, OUTCOMES, INDICATORS, ACTIVITIES_BY_QUARTER, BUDGET_BY_CATEGORY, LEAD_AGENCY, PLAN_LINK);

	private static final Map<String, SourceRule> RULES = Map.of(
			"PROV", new SourceRule("PROV", Set.of(), Set.of(), Baht.of(100_000_000), 0, true,
					with(BENEFITS, RISKS), MonthDay.of(11, 30)),
			"CLUS", new SourceRule("CLUS", Set.of(), Set.of(), Baht.of(300_000_000), 0, true,
					with(PARTNERS, CLUSTER_PROVINCES, BENEFITS), MonthDay.of(11, 30)),
			"FUNC", new SourceRule("FUNC", Set.of(), Set.of(), null, 0, true, with(PARTNERS), MonthDay.of(12, 15)),
			"AGEN", new SourceRule("AGEN", Set.of(), Set.of(), null, 0, true, with(PARTNERS, BENEFITS, RISKS),
					MonthDay.of(12, 15)),
			"LOCAL", new SourceRule("LOCAL", Set.of(), Set.of(ProjectType.INFRASTRUCTURE, ProjectType.SERVICE,
					ProjectType.CAPACITY), Baht.of(20_000_000), 0, false, with(OPERATION_AND_MAINTENANCE),
					MonthDay.of(6, 30)),
			"DEF", new SourceRule("DEF", Set.of(), Set.of(ProjectType.DIGITAL, ProjectType.CAPACITY),
					Baht.of(50_000_000), 10, true, with(DIGITAL_READINESS, CO_FUNDING_COMMITMENT, RISKS),
					MonthDay.of(3, 31)),
			"PPP", new SourceRule("PPP", Set.of(), Set.of(ProjectType.INFRASTRUCTURE, ProjectType.SERVICE), null, 0,
					true, with(PRIVATE_PARTNER, OPERATION_AND_MAINTENANCE, RISKS, BENEFITS), MonthDay.of(9, 1)),
			"OTHER", new SourceRule("OTHER", Set.of(), Set.of(), null, 0, true, COMMON, MonthDay.of(9, 1)));

	private StandardSourceRules() {
	}

	/** The starting rules of a source. */
	public static SourceRule of(String sourceCode) {
		return Optional.ofNullable(RULES.get(sourceCode))
			.orElseGet(() -> new SourceRule(sourceCode, Set.of(), Set.of(), null, 0, true, COMMON, MonthDay.of(9, 1)));
	}

	private static List<FormField> with(FormField... extra) {
		List<FormField> fields = new ArrayList<>(COMMON);
		fields.addAll(List.of(extra));
		return List.copyOf(fields);
	}
}
