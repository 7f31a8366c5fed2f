package org.smartcityplanner.engagement.domain.matching;

import java.util.List;

/**
 * One consultant's place in a proposal.
 *
 * @param candidateId account id
 * @param chosen whether they are on the proposed team
 * @param lead whether they are proposed as team lead
 * @param reasons why (chosen) or why not (a near miss)
 */
public record Explanation(long candidateId, boolean chosen, boolean lead, List<Reason> reasons) {

	public Explanation {
		reasons = List.copyOf(reasons);
	}
}
