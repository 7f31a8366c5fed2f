package org.smartcityplanner.participation.web.ballot;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A closed ballot's result as pages and the API show it: both methods side by side, each project's explanation in
 * the reader's language, the tie rule, and the turnout by channel.
 */
@Schema(name = "BallotResult")
record BallotResultView(@Schema(requiredMode = REQUIRED) long ballotId, @Schema(requiredMode = REQUIRED) String title,
		@Schema(requiredMode = REQUIRED, description = "Baht to share out") BigDecimal budget,
		@Schema(requiredMode = REQUIRED, description = "Ballots cast online") long onlineBallots,
		@Schema(requiredMode = REQUIRED, description = "Paper ballots checked by a second person") long paperBallots,
		@Schema(requiredMode = REQUIRED, description = "How ties were broken") String tieRule,
		@Schema(requiredMode = REQUIRED, description = "Baht spent by the Method of Equal Shares") BigDecimal spentByEqualShares,
		@Schema(requiredMode = REQUIRED, description = "Baht spent by greedy counting") BigDecimal spentByGreedy,
		@Schema(description = "Each voter's equal share of the budget in the run kept (baht)") BigDecimal perVoterBudget,
		@Schema(requiredMode = REQUIRED) List<ProjectResult> projects) {

	/** One project's line. */
	@Schema(name = "BallotProjectResult")
	record ProjectResult(@Schema(requiredMode = REQUIRED) long itemId,
			@Schema(requiredMode = REQUIRED, example = "plan.project:P-07") String ref,
			@Schema(requiredMode = REQUIRED) String title, @Schema(requiredMode = REQUIRED) BigDecimal cost,
			@Schema(requiredMode = REQUIRED) long approvals,
			@Schema(requiredMode = REQUIRED, description = "Approvals / ballots, 0–1") BigDecimal voteShare,
			@Schema(requiredMode = REQUIRED) boolean selectedByEqualShares,
			@Schema(requiredMode = REQUIRED) boolean selectedByGreedy,
			@Schema(requiredMode = REQUIRED, description = "Why it won or lost by equal shares") String equalSharesReason,
			@Schema(requiredMode = REQUIRED, description = "Why it won or lost by greedy counting") String greedyReason) {
	}

	/** What one voter's share paid for. */
	@Schema(name = "BallotVoterShare")
	record VoterShare(@Schema(requiredMode = REQUIRED) List<Long> chosenItemIds,
			@Schema(requiredMode = REQUIRED) List<Paid> payments,
			@Schema(requiredMode = REQUIRED, description = "One sentence per ticked project: won or lost, and why")
			List<String> explanations) {
	}

	/** One payment from a voter's share. */
	@Schema(name = "BallotPayment")
	record Paid(@Schema(requiredMode = REQUIRED) long itemId, @Schema(requiredMode = REQUIRED) String title,
			@Schema(requiredMode = REQUIRED, description = "Baht") BigDecimal amount) {
	}
}
