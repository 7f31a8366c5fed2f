package org.smartcityplanner.plan.model.readiness;

import java.util.Map;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A project's budget adds up: no negative amounts, no money in years the project does not run, and the stated
 * total equals the sum of the years. A year budgeted at zero baht is a warning: the year is there but nothing
 * is asked for it.
 */
public final class BudgetConsistencyPolicy implements ReadinessPolicy {

	public static final String CODE = "BUDGET";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		plan.projects().forEach(project -> checkProject(project, findings));
		return findings.result();
	}

	private static void checkProject(Project project, Findings findings) {
		FixTarget target = FixTarget.project(project.id());
		boolean yearsKnown = project.startYear() != null && project.endYear() != null;
		for (Map.Entry<FiscalYear, Baht> entry : project.budget().entrySet()) {
			FiscalYear year = entry.getKey();
			Baht amount = entry.getValue() == null ? Baht.ZERO : entry.getValue();
			if (amount.isNegative()) {
				findings.fail("readiness.budget.negativeAmount", target, ItemName.of(project), year, Texts.amount(amount));
			}
			else if (amount.equals(Baht.ZERO)) {
				findings.warn("readiness.budget.zeroAmount", target, ItemName.of(project), year);
			}
			// without both years the project check already reports them missing; nothing to compare against
			if (yearsKnown && (year.compareTo(project.startYear()) < 0 || year.compareTo(project.endYear()) > 0)) {
				findings.fail("readiness.budget.yearOutsideProject", target, ItemName.of(project), year,
						project.startYear(), project.endYear());
			}
		}
		Baht sum = sumOf(project);
		if (project.estimatedTotal() != null && !project.estimatedTotal().equals(sum)) {
			findings.fail("readiness.budget.totalMismatch", target, ItemName.of(project),
					Texts.amount(project.estimatedTotal()), Texts.amount(sum));
		}
	}

	private static Baht sumOf(Project project) {
		return project.budget().values().stream().filter(amount -> amount != null).reduce(Baht.ZERO, Baht::plus);
	}
}
