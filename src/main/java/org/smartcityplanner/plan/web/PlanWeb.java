package org.smartcityplanner.plan.web;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Small helpers shared by the plan controllers. */
final class PlanWeb {

	private PlanWeb() {
	}

	/** An item id in the address that is not in this province's plan: the 404 page. */
	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** A refused change as the error message on the page the user is sent back to. */
	static void flashRefusal(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
			org.smartcityplanner.shared.InvalidInputException refused) {
		redirect.addFlashAttribute("flashError", refused.messageKey());
		if (!refused.arguments().isEmpty()) {
			redirect.addFlashAttribute("flashErrorArgs", refused.arguments().toArray());
		}
	}

	/**
	 * The main values of an item as someone else saved them, shown after a conflict so the user can compare
	 * and reapply their own change.
	 */
	static java.util.List<String> summary(Object item) {
		if (item instanceof Goal goal) {
			return values(goal.dimension(), goal.title(), goal.description());
		}
		if (item instanceof Strategy strategy) {
			return values(strategy.title(), strategy.description());
		}
		if (item instanceof Project project) {
			return values(project.name(), project.leadAgency(),
					project.startYear() + "–" + project.endYear(), project.budget().toString(), project.objectives());
		}
		if (item instanceof Kpi kpi) {
			return values(kpi.name(), kpi.unit(), kpi.baseline() == null ? "" : String.valueOf(kpi.baseline().value()),
					kpi.targets().toString());
		}
		return java.util.List.of(String.valueOf(item));
	}

	private static java.util.List<String> values(String... values) {
		return java.util.Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
	}
}
