package org.smartcityplanner.training;

import java.time.Instant;

/**
 * The outcome of a check-in.
 *
 * @param session the session
 * @param trainee the trainee
 * @param checkedInAt when the trainee was first recorded present
 * @param alreadyCheckedIn whether this scan found an earlier check-in (nothing was added)
 */
public record CheckInResult(TrainingSession session, Trainee trainee, Instant checkedInAt, boolean alreadyCheckedIn) {
}
