package org.smartcityplanner.actionplan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.rules.BudgetSheet;

/** The budget state of each project for the list page: none, complete, or what is wrong. */
final class ProjectRows {

	private ProjectRows() {
	}

	/** Project id to a message key describing its budget. */
	static Map<String, String> of(List<CandidateProject> projects) {
		Map<String, String> states = new HashMap<>();
		for (CandidateProject project : projects) {
			BudgetSheet sheet = project.budget().sheet();
			String state;
			if (sheet.total().satang() == 0) {
				state = "actionplan.budgetState.estimateOnly";
			}
			else if (sheet.split().isEmpty()) {
				state = "actionplan.budgetState.noSplit";
			}
			else if (!sheet.check().isEmpty()) {
				state = "actionplan.budgetState.splitOff";
			}
			else {
				state = "actionplan.budgetState.complete";
			}
			states.put(project.id(), state);
		}
		return states;
	}
}
