package org.smartcityplanner.participation.web.idea;

import java.util.UUID;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Ideas proposed as a citizen would, in a province without a planned process (where every tool takes input).
 */
public final class StaffIdeaFixtures {

	private StaffIdeaFixtures() {
	}

	/** A citizen's idea in the smart environment dimension, with the author's link secret. */
	public static IdeaProposal propose(IdeaApi ideas, ProvinceCode province, String title) {
		IdeaProposal proposal = ideas.propose(province, new IdeaDraft(title,
				"ปลูกต้นไม้ริมถนนสายหลักเพื่อลดฝุ่นและความร้อนในเมือง", "ENV", "", "", ""),
				UUID.randomUUID().toString(), "s:test-" + UUID.randomUUID());
		if (proposal.outcome() != IdeaProposal.Outcome.STORED) {
			throw new IllegalStateException("The idea was not stored: " + proposal.outcome());
		}
		return proposal;
	}
}
