package org.smartcityplanner.actionplan.rules;

import java.util.Set;

import org.smartcityplanner.shared.Baht;

/**
 * What a proposal to one source says, as far as the source's rules care.
 *
 * @param dimension the smart dimension of the project's goal
 * @param type the project type, or {@code null} while not set
 * @param filledFields the form fields that have a value (from the plan or typed on the form)
 * @param fundedYears how many fiscal years the source would pay for
 * @param cost the project's whole cost
 * @param requested what the project asks of this source
 */
public record ProposalFacts(String dimension, ProjectType type, Set<FormField> filledFields, int fundedYears,
		Baht cost, Baht requested) {

	public ProposalFacts {
		filledFields = Set.copyOf(filledFields);
	}
}
