package org.smartcityplanner.actionplan.web;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintKind;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.shared.Baht;

/**
 * Phrases the optimiser's structured reasons in the user's language, with project, source, dimension and area
 * names instead of ids.
 *
 * @param pages message lookup
 * @param projectNames project id to name
 * @param sourceNames source code to name
 * @param codeNames dimension codes and area ids to names
 * @param problem the run's inputs, to say which funding condition and which fiscal year a finding is about, or
 *        {@code null}
 */
record Explanations(ActionPlanPages pages, Map<String, String> projectNames, Map<String, String> sourceNames,
		Map<String, String> codeNames, PortfolioProblem problem) {

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
		if (ref.kind() == ConstraintKind.FUNDING_RULES && problem != null) {
			String condition = new FundingConditions(this).describe(problem, ref.projectId());
			if (condition != null) {
				return pages.text("actionplan.constraint.FUNDING_RULES.detail", project(ref.projectId()), condition);
			}
		}
		return pages.text("actionplan.constraint." + ref.kind().name(), project(ref.projectId()),
				project(ref.otherProjectId()), source(ref.sourceCode()), ref.fiscalYear() == null ? "" : ref.fiscalYear(),
				code(ref.code()));
	}

	List<String> constraints(List<ConstraintRef> refs) {
		return refs.stream().map(this::constraint).toList();
	}

	String problem(InputProblem problem) {
		return pages.text(problemKey(problem), project(problem.projectId()), source(problem.sourceCode()),
				fiscalYear(problem), money(problem.amountSatang()),
				String.join(" → ", problem.relatedIds().stream().map(this::project).toList()));
	}

	/**
	 * An unknown reference says what it is: a source a funding rule names, a source a fixed split pays from that
	 * does not fund the project, a member of an exclusive group or a project of a dependency (told apart by the
	 * fields the validator fills for each).
	 */
	private static String problemKey(InputProblem problem) {
		String key = "actionplan.problem." + problem.code().name();
		if (problem.code() != ProblemCode.UNKNOWN_REFERENCE) {
			return key;
		}
		if (problem.sourceCode() != null) {
			return key + (problem.fiscalYear() == null ? ".source" : ".split");
		}
		return key + (problem.relatedIds().isEmpty() ? ".dependency" : ".group");
	}

	/**
	 * The B.E. fiscal year of a finding. Costs and splits are checked per project year (0 for the first), which
	 * read as "year 0" before; they are counted from the project's earliest start.
	 */
	private String fiscalYear(InputProblem finding) {
		if (finding.fiscalYear() == null) {
			return "";
		}
		boolean projectYear = finding.projectId() != null && (finding.code() == ProblemCode.NEGATIVE_COST
				|| finding.code() == ProblemCode.AMOUNT_TOO_LARGE || finding.code() == ProblemCode.FUNDING_SPLIT_MISMATCH
				|| finding.code() == ProblemCode.UNKNOWN_REFERENCE);
		if (!projectYear) {
			return String.valueOf(finding.fiscalYear());
		}
		Candidate candidate = problem == null ? null : problem.candidates().stream()
			.filter(c -> c.projectId().equals(finding.projectId())).findFirst().orElse(null);
		return candidate == null ? pages.text("actionplan.problem.projectYear", finding.fiscalYear() + 1)
				: String.valueOf(candidate.earliestStart() + finding.fiscalYear());
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

	String money(long satang) {
		return new MoneyFormat().baht(new Baht(satang));
	}
}
