package org.smartcityplanner.actionplan;

import java.util.Map;

import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProposalStatus;

/**
 * A project's proposal to one budget source.
 *
 * @param projectId the plan project
 * @param sourceCode the budget source
 * @param typed values written on the form
 * @param fromPlan values taken from the master plan and the budget (read-only here)
 * @param status completeness and broken rules
 * @param ready whether it is marked ready to submit
 * @param version version, sent back with an edit
 */
public record Proposal(String projectId, String sourceCode, Map<FormField, String> typed,
		Map<FormField, String> fromPlan, ProposalStatus status, boolean ready, int version) {
}
