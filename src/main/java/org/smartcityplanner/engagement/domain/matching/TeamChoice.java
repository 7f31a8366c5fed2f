package org.smartcityplanner.engagement.domain.matching;

import java.util.List;

/**
 * A matcher's answer.
 *
 * @param status how it ended
 * @param memberIds chosen account ids, empty unless a team was found
 * @param cost the team's summed cost ({@link TeamRequest#cost}), 0 without a team
 * @param solver which method produced it, e.g. {@code CP-SAT} or {@code greedy}
 */
public record TeamChoice(Status status, List<Long> memberIds, long cost, String solver) {

	public TeamChoice {
		memberIds = List.copyOf(memberIds);
	}

	/** How a matcher ended. */
	public enum Status {
		/** Proven least cost. */
		OPTIMAL,
		/** A valid team, not proven the cheapest (time limit, or the greedy fallback). */
		FEASIBLE,
		/** No team satisfies the rules. */
		NO_TEAM,
		/** The solver failed or found nothing in time; the caller falls back. */
		FAILED
	}

	public boolean hasTeam() {
		return status == Status.OPTIMAL || status == Status.FEASIBLE;
	}

	public static TeamChoice none(Status status, String solver) {
		return new TeamChoice(status, List.of(), 0, solver);
	}
}
