package org.smartcityplanner.actionplan.web;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.shared.Baht;

/**
 * Phrases the optimiser's structured reasons in the user's language, with project, source, dimension and area
 * names instead of ids.
 *
 * @param pages message lookup
 * @param projectNames project id to name
 * @param sourceNames source code to name
 * @param codeNames dimension codes and area ids to names
 */
record Explanations(ActionPlanPages pages, Map<String, String> projectNames, Map<String, String> sourceNames,
		Map<String, String> codeNames) {

	String reason(ExclusionReason reason) {
		return pages.text("actionplan.reason." + reason.kind().name(), source(reason.sourceCode()),
				reason.fiscalYear() == null ? "" : reason.fiscalYear(), money(reason.amountSatang()),
				project(reason.relatedProjectId()), code(reason.code()));
	}

	/** Each distinct reason once: the same "money went to ..." repeated per year says nothing new. */
	List<String> reasons(List<ExclusionReason> reasons) {
		return reasons.stream().map(this::reason).distinct().toList();
	}

	String constraint(ConstraintRef ref) {
		return pages.text("actionplan.constraint." + ref.kind().name(), project(ref.projectId()),
				project(ref.otherProjectId()), source(ref.sourceCode()), ref.fiscalYear() == null ? "" : ref.fiscalYear(),
				code(ref.code()));
	}

	List<String> constraints(List<ConstraintRef> refs) {
		return refs.stream().map(this::constraint).toList();
	}

	String problem(InputProblem problem) {
		return pages.text("actionplan.problem." + problem.code().name(), project(problem.projectId()),
				source(problem.sourceCode()), problem.fiscalYear() == null ? "" : problem.fiscalYear(),
				money(problem.amountSatang()),
				String.join(" → ", problem.relatedIds().stream().map(this::project).toList()));
	}

	List<String> problems(List<InputProblem> problems) {
		return problems.stream().map(this::problem).toList();
	}

	String project(String id) {
		return id == null ? "" : projectNames.getOrDefault(id, id);
	}

	String source(String code) {
		return code == null ? pages.text("actionplan.reason.allSources") : sourceNames.getOrDefault(code, code);
	}

	private String code(String code) {
		return code == null ? "" : codeNames.getOrDefault(code, code);
	}

	private static String money(long satang) {
		return new MoneyFormat().baht(new Baht(satang));
	}
}
