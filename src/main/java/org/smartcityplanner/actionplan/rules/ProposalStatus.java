package org.smartcityplanner.actionplan.rules;

import java.util.List;

/**
 * How complete a proposal to one source is.
 *
 * @param missing required fields without a value
 * @param ruleBreaks the source's rules the proposal breaks
 * @param required how many fields the source requires
 */
public record ProposalStatus(List<FormField> missing, List<Finding> ruleBreaks, int required) {

	public ProposalStatus {
		missing = List.copyOf(missing);
		ruleBreaks = List.copyOf(ruleBreaks);
	}

	/** Whether every required field has a value and no rule is broken: only then may it be marked ready. */
	public boolean complete() {
		return missing.isEmpty() && ruleBreaks.isEmpty();
	}

	/** Required fields with a value. */
	public int filled() {
		return required - missing.size();
	}
}
