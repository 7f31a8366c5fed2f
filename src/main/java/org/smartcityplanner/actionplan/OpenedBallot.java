package org.smartcityplanner.actionplan;

import java.time.Instant;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.shared.Baht;

/**
 * A ballot the action plan opened on plan projects.
 *
 * @param ballotId the participation ballot
 * @param title its title
 * @param kind how it is filled in
 * @param budget the money it shares out
 * @param openedAt when staff opened it
 * @param closedAt when the action plan learnt that it closed and recorded its scores, or {@code null}
 */
public record OpenedBallot(long ballotId, String title, BallotKind kind, Baht budget, Instant openedAt,
		Instant closedAt) {
}
