package org.smartcityplanner.engagement.domain.matching;

/**
 * Port to whatever chooses a team: the members minimising {@link TeamRequest#cost} in sum, exactly
 * {@link TeamRequest#size()} of them, at least one senior consultant, every need covered, nobody at their cap or
 * away for a significant part of the period.
 * <p>
 * Contract: never throws for an unsatisfiable request or a solver failure; answers a {@link TeamChoice} saying
 * which happened. Every returned team satisfies every rule ({@link TeamRules#violations}).
 */
public interface TeamMatcher {

	/** Chooses a team, or says why none exists. Never {@code null}. */
	TeamChoice choose(TeamRequest request);
}
