package org.smartcityplanner.participation.web.ballot;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.internal.ballot.BallotView;

/**
 * A ballot as the public sees it: what to tick and the rule, whether it takes votes now, and the stamp and key to
 * send a vote with.
 */
@Schema(name = "PublicBallot")
record PublicBallot(@Schema(requiredMode = REQUIRED) long id, @Schema(requiredMode = REQUIRED) String title,
		@Schema(requiredMode = REQUIRED) BallotKind kind,
		@Schema(description = "K_APPROVAL: the most projects to tick") Integer maxChoices,
		@Schema(requiredMode = REQUIRED, description = "Baht; a KNAPSACK ballot's ticks must fit in it") BigDecimal budget,
		@Schema(requiredMode = REQUIRED) BallotStatus status,
		@Schema(requiredMode = REQUIRED, description = "Whether a vote is taken now") boolean takingVotes,
		@Schema(requiredMode = REQUIRED) List<Project> projects, String stamp, String idempotencyKey) {

	@Schema(name = "PublicBallotProject")
	record Project(@Schema(requiredMode = REQUIRED) long itemId, @Schema(requiredMode = REQUIRED) String title,
			@Schema(requiredMode = REQUIRED, description = "Baht") BigDecimal cost) {
	}

	static PublicBallot of(BallotView ballot, boolean phaseOpen, String stamp, String key) {
		boolean taking = phaseOpen && ballot.status().takesVotes();
		return new PublicBallot(ballot.id(), ballot.title(), ballot.kind(), ballot.maxChoices(),
				ballot.budget().toBigDecimal(), ballot.status(), taking,
				ballot.items().stream().map(i -> new Project(i.id(), i.title(), i.cost().toBigDecimal())).toList(),
				taking ? stamp : null, taking ? key : null);
	}
}
